package sync

import "sync/atomic"

// A WaitGroup waits for a collection of tasks to finish: Add (or Go)
// counts tasks up, Done counts them down, Wait blocks until the count is
// zero.
//
// state holds the task counter in its high 32 bits and the number of
// waiters in its low 32 bits, so Add and Wait see both in one atomic word:
// a waiter announces itself by incrementing the low half only while the
// counter is non-zero (compare-and-swap), and the Add that brings the
// counter to zero sees every announced waiter, resets the word and
// releases sema once per waiter.
type WaitGroup struct {
	noCopy noCopy

	state atomic.Uint64
	sema  uint32
}

// Add adds delta, which may be negative, to the task counter. A counter
// below zero panics.
func (wg *WaitGroup) Add(delta int) {
	s := wg.state.Add(uint64(delta) << 32)
	n := int32(s >> 32)
	waiters := uint32(s)
	if n < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if waiters != 0 && delta > 0 && n == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if n > 0 || waiters == 0 {
		return
	}
	// The counter reached zero with waiters: nobody may change the word now
	// (they would be adding to a finished group while it is waited for).
	if wg.state.Load() != s {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	wg.state.Store(0)
	for ; waiters > 0; waiters-- {
		semrelease(&wg.sema)
	}
}

// Done decrements the task counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the task counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		s := wg.state.Load()
		if s>>32 == 0 {
			return
		}
		if wg.state.CompareAndSwap(s, s+1) {
			semacquire(&wg.sema, waitWaitGroup)
			if wg.state.Load() != 0 {
				panic("sync: WaitGroup is reused before previous Wait has returned")
			}
			return
		}
	}
}

// Go calls f in a new goroutine and adds that task to the WaitGroup; the
// task is done when f returns. If f panics, the panic goes on (and ends
// the program) without marking the task done, so Wait cannot return first.
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer func() {
			if x := recover(); x != nil {
				panic(x)
			}
			wg.Done()
		}()
		f()
	}()
}
