// Package sync (Burrow's standard library source): mutual exclusion,
// wait groups, once, condition variables, a concurrent map and a pool.
//
// Design. Everything here is Go, built on two layers below it:
//
//   - sync/atomic (natives doing hardware atomics on Go memory), for every
//     fast path: an uncontended Lock/Unlock is one atomic add each, Once.Do
//     after the first call is one atomic load, WaitGroup.Add one atomic add.
//
//   - the scheduler's semaphore (semacquire/semrelease below, implemented
//     in the VM): a counting semaphore keyed by the address of a uint32,
//     with FIFO waiters and direct handoff. A goroutine that must wait parks
//     in semacquire (never its OS thread), and the `reason` argument names
//     the wait in a deadlock report ("goroutine 1 [sync.Mutex.Lock]:").
//
// Invariants the algorithms keep (each file says how):
//
//   - A zero value is ready to use, and copying a zero value before first
//     use gives an independent, usable one (all state is in the value's own
//     words; there is no side table keyed by address until a goroutine
//     actually waits).
//   - Layouts are Go's: unsafe.Sizeof and fmt's %v/%+v of Mutex (8 bytes),
//     RWMutex (24), WaitGroup (16), Once (12), Cond (56), Map (48), Pool (40)
//     agree with gc's, including the field names fmt prints.
//   - No wake-up is lost: a counting semaphore remembers a release that
//     comes before the matching acquire, so every protocol here first
//     publishes "I am going to wait" with an atomic, then calls semacquire;
//     the releaser that sees the published waiter releases once per waiter.
//   - A semaphore's units are interchangeable: a goroutine that arrives at
//     semacquire later may take a unit released for an earlier one. That
//     is harmless where waiters are interchangeable (any Mutex waiter may
//     become the owner; RWMutex readers are counted, not named) and wrong
//     where they are not, so Cond gives each waiter a semaphore of its own.
//   - Misuse fails as Go fails: fatal errors (not recoverable) for unlocking
//     unlocked mutexes, panics for a negative WaitGroup counter.
//
// Simplicity over Go's tuning: no spinning, no starvation mode; a contended
// Mutex hands ownership directly to the first waiter (FIFO, so no waiter
// starves).
//
// Not provided: OnceValue and OnceValues (generic; the type checker does not
// support generics yet).
package sync

// semacquire blocks until *addr > 0, then decrements it. reason names the
// wait in a deadlock report (see the wait* constants).
func semacquire(addr *uint32, reason int)

// semrelease increments *addr and wakes the first waiter, if any.
func semrelease(addr *uint32)

// fatal ends the program with "fatal error: " + s, exit code 2; deferred
// calls do not run and recover cannot stop it.
func fatal(s string)

// Wait reasons for semacquire (the texts Go prints in goroutine headers).
const (
	waitSemacquire = 0 // "semacquire"
	waitMutex      = 1 // "sync.Mutex.Lock"
	waitRLock      = 2 // "sync.RWMutex.RLock"
	waitLock       = 3 // "sync.RWMutex.Lock"
	waitWaitGroup  = 4 // "sync.WaitGroup.Wait"
	waitCond       = 5 // "sync.Cond.Wait"
)

// noCopy marks a struct that must not be copied after first use (go vet's
// copylocks check looks for the Lock method).
type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}
