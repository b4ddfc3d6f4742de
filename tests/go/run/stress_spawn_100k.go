// Stress: 100,000 goroutines, each receives once and sends once, joined by a WaitGroup.
// conformance: timeout=60
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	const n = 100_000
	in := make(chan int)
	out := make(chan int, 1024)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := <-in
			out <- v * 2
		}()
	}
	go func() {
		for i := 0; i < n; i++ {
			in <- i
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-out
	}
	wg.Wait()
	fmt.Println("goroutines:", n, "sum:", sum, "want:", n*(n-1))
	// Goroutines that have called Done may still be on their way out: poll, up to 10 s.
	for i := 0; i < 10000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("all gone:", runtime.NumGoroutine() == 1)
}
