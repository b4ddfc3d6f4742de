// Lock after RLock on the same goroutine: the writer waits for a reader that never leaves.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	rw.RLock()
	fmt.Println("reading")
	rw.Lock()
}
