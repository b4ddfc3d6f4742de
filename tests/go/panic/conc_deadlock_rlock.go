// A reader waits behind a writer that never unlocks: deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.Lock()
	fmt.Println("write-locked")
	rw.RLock()
	fmt.Println("never")
}
