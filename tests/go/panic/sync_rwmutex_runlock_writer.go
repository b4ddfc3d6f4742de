// RUnlock while write-locked is a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("write-locked")
	rw.RUnlock()
}
