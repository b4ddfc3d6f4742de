// sync.Cond: a bounded queue with producers and consumers, Broadcast to
// release a crowd, and strict turn-taking between two goroutines.
package main

import (
	"fmt"
	"sync"
)

type bounded struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
}

func newBounded(n int) *bounded {
	b := &bounded{cap: n}
	b.notEmpty = sync.NewCond(&b.mu)
	b.notFull = sync.NewCond(&b.mu)
	return b
}

func (b *bounded) put(v int) {
	b.mu.Lock()
	for len(b.items) == b.cap {
		b.notFull.Wait()
	}
	b.items = append(b.items, v)
	b.notEmpty.Signal()
	b.mu.Unlock()
}

func (b *bounded) get() int {
	b.mu.Lock()
	for len(b.items) == 0 {
		b.notEmpty.Wait()
	}
	v := b.items[0]
	b.items = b.items[1:]
	b.notFull.Signal()
	b.mu.Unlock()
	return v
}

func main() {
	q := newBounded(3)
	var wg sync.WaitGroup
	for p := 0; p < 4; p++ {
		wg.Add(1)
		go func(p int) {
			defer wg.Done()
			for i := 1; i <= 25; i++ {
				q.put(p*100 + i)
			}
		}(p)
	}
	sums := make([]int, 2)
	var cw sync.WaitGroup
	for c := 0; c < 2; c++ {
		cw.Add(1)
		go func(c int) {
			defer cw.Done()
			for i := 0; i < 50; i++ {
				sums[c] += q.get()
			}
		}(c)
	}
	wg.Wait()
	cw.Wait()
	fmt.Println("consumed:", sums[0]+sums[1])

	// Broadcast releases every waiter.
	var mu sync.Mutex
	start := sync.NewCond(&mu)
	ready := 0
	go2 := false
	var done sync.WaitGroup
	arrived := sync.NewCond(&mu)
	for i := 0; i < 10; i++ {
		done.Add(1)
		go func() {
			defer done.Done()
			mu.Lock()
			ready++
			arrived.Signal()
			for !go2 {
				start.Wait()
			}
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 10 {
		arrived.Wait()
	}
	go2 = true
	start.Broadcast()
	mu.Unlock()
	done.Wait()
	fmt.Println("all", ready, "released")

	// Turn-taking.
	var tm sync.Mutex
	turn := sync.NewCond(&tm)
	who := 0
	var log []string
	var tw sync.WaitGroup
	for id := 0; id < 2; id++ {
		tw.Add(1)
		go func(id int) {
			defer tw.Done()
			for r := 0; r < 5; r++ {
				tm.Lock()
				for who != id {
					turn.Wait()
				}
				log = append(log, fmt.Sprint(id))
				who = 1 - id
				turn.Broadcast()
				tm.Unlock()
			}
		}(id)
	}
	tw.Wait()
	fmt.Println(log)
}
