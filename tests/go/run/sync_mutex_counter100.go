// 100 goroutines increment shared counters under a Mutex and an RWMutex.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
	ops     map[int]int
}

func main() {
	acc := &account{ops: map[int]int{}}
	var wg sync.WaitGroup
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				acc.mu.Lock()
				acc.balance += id
				acc.ops[id%10]++
				if i%50 == 0 {
					runtime.Gosched() // yield while holding the lock
				}
				acc.mu.Unlock()
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("balance:", acc.balance)
	for k := 0; k < 10; k++ {
		fmt.Print(acc.ops[k], " ")
	}
	fmt.Println()

	var rw sync.RWMutex
	table := map[int]int{}
	var sum [8]int
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.Lock()
				table[i%20] += w + 1
				rw.Unlock()
			}
		}(w)
	}
	for r := 0; r < 8; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				rw.RLock()
				_ = table[i%20]
				rw.RUnlock()
				if i%10 == 0 {
					runtime.Gosched()
				}
			}
			sum[r] = 1
		}(r)
	}
	wg.Wait()
	total := 0
	for _, v := range table {
		total += v
	}
	fmt.Println("table total:", total, "readers done:", sum)
}
