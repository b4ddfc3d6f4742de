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
// state counts the goroutines that hold the lock or have announced that
// they wait for it: 0 unlocked, 1 locked, 1+n locked with n waiters. sema
// is the handoff semaphore: Unlock with waiters releases it once, which
// passes ownership to exactly one waiter (the state stays > 0 throughout,
// so no third goroutine can slip in between).
type mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.AddInt32(&m.mu.state, 1) == 1 {
		return
	}
	semacquire(&m.mu.sema, waitMutex)
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.mu.state, 0, 1)
}

// Unlock unlocks m. Unlocking an unlocked Mutex is a fatal error. A locked
// Mutex is not tied to a goroutine: another one may unlock it.
func (m *Mutex) Unlock() {
	n := atomic.AddInt32(&m.mu.state, -1)
	if n == 0 {
		return
	}
	if n < 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	semrelease(&m.mu.sema)
}
