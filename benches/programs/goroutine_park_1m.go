// 1,000,000 goroutines parked at once on one channel, then released by close: the memory a
// parked goroutine costs (peak RSS; Go: about 2.6 KiB each, ~2.6 GiB in all).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	const n = 1_000_000
	gate := make(chan struct{})
	var parked, done sync.WaitGroup
	parked.Add(n)
	done.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			parked.Done()
			<-gate
			done.Done()
		}()
	}
	parked.Wait()
	fmt.Println("parked:", runtime.NumGoroutine()-1 >= n-1000)
	close(gate)
	done.Wait()
	fmt.Println(n, "goroutines released")
}
