// runtime.Goexit ends the calling goroutine after running its deferred calls; recover in
// those deferred calls returns nil; other goroutines carry on.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	out := make(chan string, 10)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer func() { out <- fmt.Sprint("deferred ran, recover = ", recover()) }()
		func() {
			defer func() { out <- "inner deferred ran" }()
			runtime.Goexit()
		}()
		out <- "never reached"
	}()
	wg.Wait()
	close(out)
	for s := range out {
		fmt.Println(s)
	}
	// Goexit from a deep call chain in several goroutines at once.
	results := make(chan int, 5)
	var wg2 sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			defer func() { results <- i }()
			var dive func(n int)
			dive = func(n int) {
				if n == 0 {
					runtime.Goexit()
				}
				dive(n - 1)
			}
			dive(100 * i)
		}()
	}
	wg2.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("goexited:", sum)
}
