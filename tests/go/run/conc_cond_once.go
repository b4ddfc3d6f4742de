// sync.Cond (Wait in a loop, Signal, Broadcast) and sync.Once under contention.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
	done  bool
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *queue) close() {
	q.mu.Lock()
	q.done = true
	q.mu.Unlock()
	q.cond.Broadcast()
}

// take blocks until an item is there or the queue is closed and empty.
func (q *queue) take() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.done {
		q.cond.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v, true
}

func main() {
	q := newQueue()
	var wg sync.WaitGroup
	got := make([][]int, 4)
	for c := 0; c < 4; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				v, ok := q.take()
				if !ok {
					return
				}
				got[c] = append(got[c], v)
			}
		}()
	}
	for i := 1; i <= 1000; i++ {
		q.put(i)
	}
	q.close()
	wg.Wait()
	var all []int
	for _, g := range got {
		all = append(all, g...)
	}
	sort.Ints(all)
	sum := 0
	for _, v := range all {
		sum += v
	}
	fmt.Println("consumed", len(all), "sum", sum, "first", all[0], "last", all[len(all)-1])

	// Broadcast wakes every waiter.
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := false
	var waiting sync.WaitGroup
	woke := make(chan int, 10)
	for i := 0; i < 10; i++ {
		waiting.Add(1)
		go func() {
			defer waiting.Done()
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			mu.Unlock()
			woke <- i
		}()
	}
	mu.Lock()
	ready = true
	mu.Unlock()
	cond.Broadcast()
	waiting.Wait()
	close(woke)
	n := 0
	for range woke {
		n++
	}
	fmt.Println("woken by broadcast:", n)

	// Once: the function runs exactly once however many goroutines race for it.
	var once sync.Once
	calls := 0
	var og sync.WaitGroup
	for i := 0; i < 50; i++ {
		og.Add(1)
		go func() {
			defer og.Done()
			once.Do(func() { calls++ })
		}()
	}
	og.Wait()
	fmt.Println("once calls:", calls)
}
