// 100,000 goroutines, each receives one value and sends one back, joined by a WaitGroup:
// creation, parking, waking and exit of many small goroutines (time and peak memory).
package main

import (
	"fmt"
	"sync"
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
			out <- <-in * 2
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
	fmt.Println(n, "goroutines, sum", sum)
}
