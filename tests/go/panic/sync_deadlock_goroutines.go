// Deadlock across goroutines: main waits on a WaitGroup whose task waits
// for a Mutex main holds, a reader waits behind a pending writer, and a
// Cond waiter is never signalled.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var cm sync.Mutex
	c := sync.NewCond(&cm)
	var wg sync.WaitGroup
	mu.Lock()
	rw.RLock()
	wg.Add(4)
	go func() { defer wg.Done(); mu.Lock() }()
	go func() { defer wg.Done(); rw.Lock() }()
	for i := 0; i < 10; i++ {
		runtime.Gosched()
	}
	go func() { defer wg.Done(); rw.RLock() }()
	go func() {
		defer wg.Done()
		cm.Lock()
		c.Wait()
	}()
	fmt.Println("waiting")
	wg.Wait()
}
