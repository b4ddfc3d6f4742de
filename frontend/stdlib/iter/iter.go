// Package iter (Burrow's standard library source): the iterator types of
// Go 1.23 and the conversion of a push iterator into a pull iterator.
//
// A Seq or Seq2 is a function that calls yield once per value (or pair)
// until it runs out or yield returns false; `for v := range seq` turns
// the loop body into that yield function (see the essay in the checker's
// rangefunc.rs).
//
// Pull and Pull2 give the values out one at a time, on demand. Go runs
// the iterator as a coroutine on the caller's own thread of control; we
// have no coroutines, so the iterator runs on a goroutine of its own and
// control passes back and forth over two channels, each side sending to
// the other and then waiting on its own, so that exactly one of the two
// runs at any time:
//
//	caller                        iterator goroutine
//	next: resumeC <- (or go)  ->  runs seq until yield(v)
//	      <-pauseC            <-  yield: pauseC <-, then waits on <-resumeC
//
// Each channel has a buffer of one: at most one message is ever in
// flight each way, so only the receives wait.
//
// The channel operations order every access to the shared state (the
// value, the flags), so it needs no lock. What differs from Go:
//
//   - while a pull is active (between the first next and the end of the
//     sequence or stop) there is one more goroutine, which counts in
//     runtime.NumGoroutine and shows in a deadlock's goroutine list; a
//     pull abandoned without stop leaves it blocked for good (Go's
//     coroutine would be collected);
//   - a panic in the iterator unwinds the iterator's goroutine: it is
//     recovered there and raised again, with the same value (so the
//     message is Go's), by the next or stop that was waiting; the stack
//     trace shows that next or stop, not the iterator's frames. A
//     runtime.Goexit in the iterator ends the caller's goroutine, as in
//     Go.
package iter

import "runtime"

// Seq is an iterator over single values: it calls yield with each value
// in turn and stops early when yield returns false.
type Seq[V any] func(yield func(V) bool)

// Seq2 is an iterator over pairs of values, such as key/value or
// index/value pairs.
type Seq2[K, V any] func(yield func(K, V) bool)

// coro runs one function on a goroutine of its own, handing control to
// and fro: the caller's resume runs it until it calls pause (or returns),
// and pause runs the caller again until its next resume.
type coro struct {
	f       func()
	started bool
	resumeC chan struct{} // caller -> iterator
	pauseC  chan struct{} // iterator -> caller
}

func newCoro(f func()) *coro {
	return &coro{f: f, resumeC: make(chan struct{}, 1), pauseC: make(chan struct{}, 1)}
}

// resume (caller side) runs the function until it pauses or ends.
func (c *coro) resume() {
	if !c.started {
		c.started = true
		go c.run()
	} else {
		c.resumeC <- struct{}{}
	}
	<-c.pauseC
}

// run is the body of the iterator goroutine; the deferred send also hands
// control back when the function ends by runtime.Goexit.
func (c *coro) run() {
	defer c.exit()
	c.f()
}

func (c *coro) exit() {
	c.pauseC <- struct{}{}
}

// pause (iterator side) hands control back to the caller and waits for
// the next resume.
func (c *coro) pause() {
	c.pauseC <- struct{}{}
	<-c.resumeC
}

// pullState is the part of a pull that does not depend on the value
// types.
type pullState struct {
	done      bool // the sequence ended, panicked, or stop was called
	yieldNext bool // next is waiting for a yield
	seqDone   bool // seq returned normally (otherwise: panic or Goexit)
	goexit    bool // seq called runtime.Goexit
	panicked  bool
	panicVal  any
	c         *coro
}

// finish is deferred around the iterator: it catches a panic or Goexit
// of seq for the caller.
func (st *pullState) finish() {
	if p := recover(); p != nil {
		st.panicked, st.panicVal = true, p
	} else if !st.seqDone {
		st.goexit = true
	}
	st.done = true
}

// propagate raises, in the caller, a panic or Goexit of the iterator.
func (st *pullState) propagate() {
	if st.panicked {
		st.panicked = false
		panic(st.panicVal)
	}
	if st.goexit {
		st.goexit = false
		runtime.Goexit()
	}
}

// stop ends the pull: an iterator paused in yield sees yield return false
// and runs to its end.
func (st *pullState) stop() {
	if st.done {
		return
	}
	st.done = true
	if st.c.started {
		st.c.resume()
		st.propagate()
	}
}

// Pull turns the push iterator seq into a pull iterator: each call of
// next returns the next value and true, or the zero value and false once
// the sequence is over or stop was called. stop ends the iteration early
// (seq's yield returns false) and may be called any number of times.
// Callers that do not read to the end must call stop. A panic in seq is
// raised again by the next or stop that was running it.
func Pull[V any](seq Seq[V]) (next func() (V, bool), stop func()) {
	var (
		v  V
		ok bool
		st pullState
	)
	yield := func(x V) bool {
		if st.done {
			return false
		}
		if !st.yieldNext {
			panic("iter.Pull: yield called again before next")
		}
		st.yieldNext = false
		v, ok = x, true
		st.c.pause()
		return !st.done
	}
	st.c = newCoro(func() {
		defer st.finish()
		seq(yield)
		var zero V
		v, ok = zero, false
		st.seqDone = true
	})
	next = func() (V, bool) {
		if st.done {
			var zero V
			return zero, false
		}
		if st.yieldNext {
			panic("iter.Pull: next called again before yield")
		}
		st.yieldNext = true
		st.c.resume()
		st.propagate()
		return v, ok
	}
	return next, st.stop
}

// Pull2 is Pull for a Seq2: next returns the next pair and true, or two
// zero values and false.
func Pull2[K, V any](seq Seq2[K, V]) (next func() (K, V, bool), stop func()) {
	var (
		k  K
		v  V
		ok bool
		st pullState
	)
	yield := func(x K, y V) bool {
		if st.done {
			return false
		}
		if !st.yieldNext {
			panic("iter.Pull2: yield called again before next")
		}
		st.yieldNext = false
		k, v, ok = x, y, true
		st.c.pause()
		return !st.done
	}
	st.c = newCoro(func() {
		defer st.finish()
		seq(yield)
		var zk K
		var zv V
		k, v, ok = zk, zv, false
		st.seqDone = true
	})
	next = func() (K, V, bool) {
		if st.done {
			var zk K
			var zv V
			return zk, zv, false
		}
		if st.yieldNext {
			panic("iter.Pull2: next called again before yield")
		}
		st.yieldNext = true
		st.c.resume()
		st.propagate()
		return k, v, ok
	}
	return next, st.stop
}
