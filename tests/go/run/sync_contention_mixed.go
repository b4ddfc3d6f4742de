// Heavy contention on every sync primitive at once (run with several Ps):
// Mutex, RWMutex readers and writers, a Cond relay where every waiter must
// get Broadcast's wake-up, and WaitGroups reused round after round.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var mu sync.Mutex
	var rw sync.RWMutex
	var wg sync.WaitGroup
	n := 0
	shared := 0
	var reads atomic.Int64
	for g := 0; g < 8; g++ {
		wg.Add(3)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				mu.Lock()
				n++
				mu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				rw.Lock()
				shared++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				rw.RLock()
				_ = shared
				reads.Add(1)
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(n, shared, reads.Load())

	// Cond relay: four goroutines take turns; each Broadcast must reach the
	// one whose turn it is, whichever order they queued in.
	var cm sync.Mutex
	c := sync.NewCond(&cm)
	turn := 0
	for id := 0; id < 4; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for r := 0; r < 500; r++ {
				cm.Lock()
				for turn%4 != id {
					c.Wait()
				}
				turn++
				c.Broadcast()
				cm.Unlock()
			}
		}(id)
	}
	wg.Wait()
	fmt.Println("turns:", turn)

	// Signal chain: each goroutine is woken by Signal exactly when its
	// predecessor finished.
	var sm sync.Mutex
	sc := sync.NewCond(&sm)
	next := 0
	order := make([]int, 0, 16)
	for id := 0; id < 16; id++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			sm.Lock()
			for next != id {
				sc.Wait()
			}
			order = append(order, id)
			next++
			sm.Unlock()
			sc.Broadcast()
		}(id)
	}
	wg.Wait()
	fmt.Println(order)

	// One WaitGroup reused for 200 rounds of 5 tasks.
	var round sync.WaitGroup
	total := 0
	for r := 0; r < 200; r++ {
		results := make([]int, 5)
		for i := range results {
			round.Add(1)
			go func() {
				defer round.Done()
				results[i] = r + i
			}()
		}
		round.Wait()
		for _, v := range results {
			total += v
		}
	}
	fmt.Println("rounds total:", total)
}
