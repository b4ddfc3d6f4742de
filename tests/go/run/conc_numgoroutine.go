// runtime.NumGoroutine counts live goroutines: 1 at start, more while some block, back to 1
// once they have all returned.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitFor(n int) int {
	// Goroutines that have signalled done may still be exiting: poll, up to 5 s.
	for i := 0; i < 5000; i++ {
		if runtime.NumGoroutine() == n {
			break
		}
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	gate := make(chan struct{})
	var ready sync.WaitGroup
	for i := 0; i < 25; i++ {
		ready.Add(1)
		go func() {
			ready.Done()
			<-gate
		}()
	}
	ready.Wait()
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(gate)
	fmt.Println("after release:", waitFor(1))

	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() { defer wg.Done() }()
	}
	wg.Wait()
	fmt.Println("after 100 short ones:", waitFor(1))
	fmt.Println("NumCPU positive:", runtime.NumCPU() > 0)
	fmt.Println("GOMAXPROCS positive:", runtime.GOMAXPROCS(0) > 0)
}
