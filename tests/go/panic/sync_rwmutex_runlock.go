// RUnlock without RLock is a fatal error, even under a deferred recover.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("not reached:", recover())
	}()
	var rw sync.RWMutex
	rw.RLock()
	rw.RUnlock()
	fmt.Println("balanced")
	rw.RUnlock()
}
