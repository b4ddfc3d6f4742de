// Waiting on a sync.Cond nobody signals: deadlock.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting for a signal")
	c.Wait()
	fmt.Println("never")
}
