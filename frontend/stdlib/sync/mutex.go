package sync

import "sync/atomic"

// A Locker represents an object that can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is unlocked.
type Mutex struct {
	_  noCopy
	mu mutex
}

// mutex is the lock itself (Go keeps it in internal/sync with these field
// names, which fmt's %+v prints).
//
// state: bit 0 locked, bit 1 a woken waiter is on its way, the rest the
// number of parked waiters. Lock takes a free lock by one CAS even when
// others wait (barging: under contention the running goroutine keeps the
// lock instead of handing it over and parking, which would cost a
// context switch per Lock). Unlock with waiters and no woken one wakes
// one through sema; the woken goroutine competes for the lock again. No
// starvation mode (Go adds one after a waiter has waited 1 ms).
type mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked      = 1
	mutexWoken       = 2
	mutexWaiterShift = 2
)

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.mu.state, 0, mutexLocked) {
		return
	}
	m.mu.lockSlow()
}

func (m *mutex) lockSlow() {
	awoke := false
	old := atomic.LoadInt32(&m.state)
	for {
		next := old | mutexLocked
		if old&mutexLocked != 0 {
			next += 1 << mutexWaiterShift
		}
		if awoke {
			next &^= mutexWoken
		}
		if atomic.CompareAndSwapInt32(&m.state, old, next) {
			if old&mutexLocked == 0 {
				return
			}
			semacquire(&m.sema, waitMutex)
			awoke = true
		}
		old = atomic.LoadInt32(&m.state)
	}
}

// TryLock tries to lock m and reports whether it succeeded.
func (m *Mutex) TryLock() bool {
	old := atomic.LoadInt32(&m.mu.state)
	if old&mutexLocked != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.mu.state, old, old|mutexLocked)
}

// Unlock unlocks m. It is a run-time error if m is not locked.
func (m *Mutex) Unlock() {
	n := atomic.AddInt32(&m.mu.state, -mutexLocked)
	if n != 0 {
		m.mu.unlockSlow(n)
	}
}

func (m *mutex) unlockSlow(n int32) {
	if (n+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	old := n
	for {
		// No waiters, or someone already holds or is about to take it.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken) != 0 {
			return
		}
		if atomic.CompareAndSwapInt32(&m.state, old, (old-1<<mutexWaiterShift)|mutexWoken) {
			semrelease(&m.sema)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
