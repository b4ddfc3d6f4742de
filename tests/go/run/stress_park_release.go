// Stress: 100,000 goroutines parked on one channel, then released at once by close; each
// reports back through a buffered channel. Then the same with a release one at a time.
// conformance: timeout=60
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100_000
	gate := make(chan struct{})
	var parked, finished sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < n; i++ {
		parked.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			parked.Done()
			<-gate
			mu.Lock()
			total += i
			mu.Unlock()
		}()
	}
	parked.Wait()
	close(gate)
	finished.Wait()
	fmt.Println("released by close:", total == n*(n-1)/2)

	// One token at a time through an unbuffered channel.
	tokens := make(chan int)
	done := make(chan int, 64)
	const m = 20_000
	for i := 0; i < m; i++ {
		go func() {
			done <- <-tokens + 1
		}()
	}
	go func() {
		for i := 0; i < m; i++ {
			tokens <- i
		}
	}()
	sum := 0
	for i := 0; i < m; i++ {
		sum += <-done
	}
	fmt.Println("released one by one:", sum == m*(m+1)/2)
}
