// A writer waits for a read lock that is never released: deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("read-locked")
	rw.Lock()
	fmt.Println("never")
}
