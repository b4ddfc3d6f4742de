package sync

import "sync/atomic"

// A Cond is a condition variable: a rendezvous point for goroutines
// waiting for or announcing a change of state protected by L.
//
// waiters counts goroutines that have announced a Wait and not yet been
// signalled; sema is their wake-up semaphore. Wait announces itself (while
// still holding L, so a Signal issued after the caller's check of the
// condition sees it), unlocks L and parks; Signal takes one announced
// waiter off the count and releases sema once. Because the semaphore
// counts, a release that lands before the waiter parks is not lost.
// The padding keeps gc's size (56 bytes).
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition.
	L Locker

	waiters uint32
	sema    uint32
	_       [3]uintptr
	checker uintptr
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine; after a Signal
// or Broadcast wakes it, it locks c.L again before returning.
func (c *Cond) Wait() {
	atomic.AddUint32(&c.waiters, 1)
	c.L.Unlock()
	semacquire(&c.sema, waitCond)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	for {
		n := atomic.LoadUint32(&c.waiters)
		if n == 0 {
			return
		}
		if atomic.CompareAndSwapUint32(&c.waiters, n, n-1) {
			semrelease(&c.sema)
			return
		}
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	for n := atomic.SwapUint32(&c.waiters, 0); n > 0; n-- {
		semrelease(&c.sema)
	}
}
