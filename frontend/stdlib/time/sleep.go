// Sleep, Timer, After and AfterFunc (the design is in time.go's essay).

package time

// sleep parks the calling goroutine for ns nanoseconds (ns <= 0: yields).
func sleep(ns int64)

// startTimer runs f in a new goroutine at monotonic time when, and every
// period nanoseconds after if period > 0; it returns the timer's id (> 0).
func startTimer(f func(), when int64, period int64) int64

// startChanTimer is startTimer for the firing function of a channel timer
// or ticker: its goroutines are the runtime's own (Go sends on timer
// channels without a goroutine), so they take no goroutine id from the
// program's sequence and are not counted by runtime.NumGoroutine.
func startChanTimer(f func(), when int64, period int64) int64

// stopTimer cancels timer id, reporting whether it was pending.
func stopTimer(id int64) bool

// resetTimer re-arms timer id, reporting whether it was pending (a timer
// that fired or was stopped may be re-armed too, if the runtime still
// remembers it).
func resetTimer(id int64, when int64, period int64) bool

// Sleep pauses the current goroutine for at least the duration d; a
// negative or zero duration returns at once.
func Sleep(d Duration) {
	if d <= 0 {
		return
	}
	sleep(int64(d))
}

// when returns the monotonic time d from now, saturating on overflow.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1
	}
	return t
}

// timerState is what a Timer or Ticker shares with the function its
// runtime timer fires. A channel timer has c and mu; an AfterFunc timer
// f and id.
type timerState struct {
	c      chan Time // the channel behind Timer.C / Ticker.C (capacity 1)
	mu     chan bool // one slot: holding it is holding the timer's lock
	id     int64     // the runtime timer of the current arming (0: none)
	gen    uint64    // the current arming; firings of older armings are stale
	armed  bool      // armed and (one-shot) its value not delivered yet
	period int64     // 0 for a one-shot timer
	f      func()    // AfterFunc's function
}

func newChanTimer(when, period int64) *timerState {
	r := &timerState{c: make(chan Time, 1), mu: make(chan bool, 1)}
	r.arm(when, period)
	return r
}

func (r *timerState) lock()   { r.mu <- true }
func (r *timerState) unlock() { <-r.mu }

// arm starts a new arming firing at when (and every period after). The
// caller holds the lock, or r is not shared yet.
func (r *timerState) arm(when, period int64) {
	r.gen++
	g := r.gen
	r.armed = true
	r.period = period
	r.id = startChanTimer(func() { r.fire(g) }, when, period)
}

// fire is the firing of arming g: a non-blocking send of the current time
// unless a Stop or Reset has come since.
func (r *timerState) fire(g uint64) {
	r.lock()
	if r.gen == g {
		select {
		case r.c <- Now():
		default:
		}
		if r.period == 0 {
			r.armed = false
		}
	}
	r.unlock()
}

// disarm cancels the current arming and drains a value it delivered,
// reporting whether the timer had not been received from yet: it was
// armed, its firing was under way, or its value was still buffered. The
// caller holds the lock.
func (r *timerState) disarm() bool {
	pending := r.armed
	if r.id != 0 {
		if stopTimer(r.id) {
			pending = true
		}
		r.id = 0
	}
	r.armed = false
	r.gen++
	select {
	case <-r.c:
		pending = true
	default:
	}
	return pending
}

// The Timer type represents a single event. When the Timer expires, the
// current time is sent on C, unless the Timer was created by AfterFunc.
// A Timer must be created with NewTimer or AfterFunc.
type Timer struct {
	C <-chan Time
	r *timerState
}

// NewTimer creates a new Timer that sends the current time on its channel
// after at least duration d.
func NewTimer(d Duration) *Timer {
	r := newChanTimer(when(d), 0)
	return &Timer{C: r.c, r: r}
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired (and, for a channel
// timer, its value was received) or been stopped. After Stop returns, no
// value sent before it can be received from t.C.
func (t *Timer) Stop() bool {
	r := t.r
	if r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	if r.c == nil {
		return stopTimer(r.id)
	}
	r.lock()
	pending := r.disarm()
	r.unlock()
	return pending
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been
// stopped. A value sent before the Reset can no longer be received.
func (t *Timer) Reset(d Duration) bool {
	r := t.r
	if r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	w := when(d)
	if r.c == nil {
		// A new runtime timer rather than resetTimer: the runtime need
		// not remember timers that fired long ago.
		pending := stopTimer(r.id)
		r.id = startTimer(r.f, w, 0)
		return pending
	}
	r.lock()
	if r.id != 0 && r.armed && resetTimer(r.id, w, 0) {
		// It had not fired, so no firing of this arming is under way and
		// the buffer holds nothing: moving it is enough (no allocation,
		// which matters for Reset in a loop).
		r.unlock()
		return true
	}
	pending := r.disarm() // also cancels what resetTimer may have re-armed
	r.arm(w, 0)
	r.unlock()
	return pending
}

// After waits for the duration to elapse and then sends the current time
// on the returned channel. It is NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer whose Stop cancels the call; its C is nil.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: &timerState{f: f, id: startTimer(f, when(d), 0)}}
}
