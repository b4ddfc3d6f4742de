// 100 goroutines x 1000 increments under a sync.Mutex: the total must be exact.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
	by map[int]int
}

func (c *Counter) Inc(who int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	c.by[who%10]++
}

func main() {
	c := &Counter{by: map[int]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				c.Inc(id)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("count:", c.n)
	fmt.Println("by id%10:", c.by)

	// A plain int guarded by a Mutex value captured by closures, Lock/Unlock without defer.
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	wg2.Add(50)
	for g := 1; g <= 50; g++ {
		go func() {
			defer wg2.Done()
			for i := 0; i < 200; i++ {
				mu.Lock()
				total += g
				mu.Unlock()
			}
		}()
	}
	wg2.Wait()
	fmt.Println("total:", total, "want:", 200*50*51/2)
	// TryLock on a free and on a held mutex.
	fmt.Println("TryLock free:", mu.TryLock())
	fmt.Println("TryLock held:", mu.TryLock())
	mu.Unlock()
}
