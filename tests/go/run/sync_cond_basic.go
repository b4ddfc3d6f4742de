// sync.Cond on one goroutine: Signal and Broadcast without waiters, L.
package main

import (
	"fmt"
	"sync"
	"unsafe"
)

type queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func newQueue() *queue {
	q := &queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *queue) put(v int) {
	q.cond.L.Lock()
	q.items = append(q.items, v)
	q.cond.L.Unlock()
	q.cond.Signal()
}

func (q *queue) get() int {
	q.cond.L.Lock()
	defer q.cond.L.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	fmt.Println(unsafe.Sizeof(sync.Cond{}))
	var rw sync.RWMutex
	c := sync.NewCond(rw.RLocker())
	c.Signal()
	c.Broadcast()
	c.L.Lock()
	c.L.Lock()
	fmt.Println("two readers:", rw.TryLock())
	c.L.Unlock()
	c.L.Unlock()
	fmt.Println("free:", rw.TryLock())

	q := newQueue()
	for i := 1; i <= 3; i++ {
		q.put(i * 10)
	}
	fmt.Println(q.get(), q.get(), q.get())
	q.cond.Broadcast()
}
