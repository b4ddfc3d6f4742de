package sync

import "sync/atomic"

// A Once performs exactly one action: the first call of Do runs f, every
// call returns only after that f has returned.
//
// done turns 1 (atomically) only after f has returned, so the fast path is
// one atomic load; the slow path serialises on m, which also makes later
// callers wait for an f still running.
type Once struct {
	_    noCopy
	done atomic.Uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for
// this Once. If f panics, Do considers it returned.
func (o *Once) Do(f func()) {
	if o.done.Load() == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done.Load() == 0 {
		defer o.done.Store(1)
		f()
	}
}

// OnceFunc returns a function that calls f only the first time it is
// called. If f panicked, every call panics with the same value.
func OnceFunc(f func()) func() {
	var (
		once     Once
		finished bool // f returned normally
		failure  any  // what f panicked with
	)
	first := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		f()
		f = nil // let f be collected
		finished = true
	}
	return func() {
		once.Do(first)
		if !finished {
			panic(failure)
		}
	}
}

// OnceValue returns a function that calls f only the first time it is
// called and returns its result on every call. If f panicked, every call
// panics with the same value.
func OnceValue[T any](f func() T) func() T {
	var (
		once     Once
		finished bool
		failure  any
		result   T
	)
	first := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		result = f()
		f = nil
		finished = true
	}
	return func() T {
		once.Do(first)
		if !finished {
			panic(failure)
		}
		return result
	}
}

// OnceValues is OnceValue for a function returning two values.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once     Once
		finished bool
		failure  any
		r1       T1
		r2       T2
	)
	first := func() {
		defer func() {
			if !finished {
				failure = recover()
				panic(failure)
			}
		}()
		r1, r2 = f()
		f = nil
		finished = true
	}
	return func() (T1, T2) {
		once.Do(first)
		if !finished {
			panic(failure)
		}
		return r1, r2
	}
}
