// Unlock of an RWMutex that is only read-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	rw.Unlock()
	rw.RLock()
	fmt.Println("read-locked")
	rw.Unlock()
}
