package sync

// A Cond is a condition variable: a rendezvous point for goroutines
// waiting for or announcing a change of state protected by L.
//
// Waiters queue in FIFO order, each on a semaphore of its own: Wait
// enqueues a waiter (while still holding L, so a Signal issued after the
// caller checked its condition finds it), unlocks L and parks on the
// waiter's semaphore; Signal dequeues the first waiter and releases its
// semaphore, Broadcast every waiter queued at that moment. A semaphore
// counts, so a release that lands before its waiter has parked is not
// lost; and since the wake-up is addressed to one waiter, a later waiter
// can never take it (a single shared semaphore would let a newcomer steal
// the wake-up of a goroutine Broadcast was meant to release).
// Layout: gc's size (56 bytes).
type Cond struct {
	noCopy noCopy

	// L is held while observing or changing the condition.
	L Locker

	notify  notifyList
	checker uintptr
}

// notifyList is the waiter queue, guarded by its own lock.
type notifyList struct {
	lock Mutex
	_    uintptr
	head *condWaiter
	tail *condWaiter
}

type condWaiter struct {
	sema uint32
	next *condWaiter
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait atomically unlocks c.L and suspends the goroutine; after a Signal
// or Broadcast wakes it, it locks c.L again before returning.
func (c *Cond) Wait() {
	w := &condWaiter{}
	n := &c.notify
	n.lock.Lock()
	if n.tail == nil {
		n.head = w
	} else {
		n.tail.next = w
	}
	n.tail = w
	n.lock.Unlock()
	c.L.Unlock()
	semacquire(&w.sema, waitCond)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c (the longest waiting), if there
// is any.
func (c *Cond) Signal() {
	n := &c.notify
	n.lock.Lock()
	w := n.head
	if w != nil {
		n.head = w.next
		if n.head == nil {
			n.tail = nil
		}
	}
	n.lock.Unlock()
	if w != nil {
		semrelease(&w.sema)
	}
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	n := &c.notify
	n.lock.Lock()
	w := n.head
	n.head, n.tail = nil, nil
	n.lock.Unlock()
	for w != nil {
		next := w.next
		semrelease(&w.sema)
		w = next
	}
}
