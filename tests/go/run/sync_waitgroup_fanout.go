// WaitGroup fan-out: results by index, nested groups, WaitGroup.Go, and
// several goroutines waiting on one group.
package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func main() {
	results := make([]int, 50)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = square(i)
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum, results[:5], results[49])

	// WaitGroup.Go (Go 1.25).
	var g sync.WaitGroup
	parts := make([]string, 5)
	for i := range parts {
		g.Go(func() { parts[i] = fmt.Sprint("p", i) })
	}
	g.Wait()
	fmt.Println(parts)

	// Nested fan-out.
	var outer sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 0; i < 5; i++ {
		outer.Add(1)
		go func(i int) {
			defer outer.Done()
			var inner sync.WaitGroup
			local := make([]int, 10)
			for j := 0; j < 10; j++ {
				inner.Add(1)
				go func(j int) {
					defer inner.Done()
					local[j] = i*10 + j
				}(j)
			}
			inner.Wait()
			s := 0
			for _, v := range local {
				s += v
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}(i)
	}
	outer.Wait()
	fmt.Println("nested total:", total)

	// Many waiters on one group.
	var gate, waiters sync.WaitGroup
	gate.Add(1)
	released := make([]bool, 8)
	for i := range released {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			released[i] = true
		}()
	}
	gate.Done()
	waiters.Wait()
	fmt.Println("released:", released)
}
