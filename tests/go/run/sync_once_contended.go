// sync.Once and OnceFunc under contention: exactly one call, and every
// caller returns only after it finished.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

func main() {
	var once sync.Once
	var calls atomic.Int32
	var value int
	var seen [64]int
	var wg sync.WaitGroup
	for i := range seen {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() {
				calls.Add(1)
				for j := 0; j < 10; j++ {
					runtime.Gosched() // let others pile up on the Once
				}
				value = 7
			})
			seen[i] = value
		}()
	}
	wg.Wait()
	ok := true
	for _, v := range seen {
		ok = ok && v == 7
	}
	fmt.Println("calls:", calls.Load(), "all saw value:", ok)

	var fcalls atomic.Int64
	f := sync.OnceFunc(func() { fcalls.Add(1) })
	for i := 0; i < 32; i++ {
		wg.Go(f)
	}
	wg.Wait()
	fmt.Println("OnceFunc calls:", fcalls.Load())
}
