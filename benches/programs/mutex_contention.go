// 8 goroutines take one sync.Mutex 200,000 times each: the contended path (spinning, parking
// on the semaphore, handoff) plus a WaitGroup join.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const workers, each = 8, 200_000
	var mu sync.Mutex
	var wg sync.WaitGroup
	counter := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < each; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)
}
