// Ticker and Tick (the design is in time.go's essay).

package time

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
// A slow receiver misses ticks: the channel holds at most one.
type Ticker struct {
	C <-chan Time
	r *timerState
}

// NewTicker returns a new Ticker sending the current time on its channel
// every d. It panics if d <= 0.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	r := newChanTimer(when(d), int64(d))
	return &Ticker{C: r.c, r: r}
}

// Stop turns off a ticker: no more ticks are sent, and a tick sent before
// Stop can no longer be received. Stop does not close the channel.
func (t *Ticker) Stop() {
	r := t.r
	if r == nil {
		// Go allows stopping a zero Ticker.
		return
	}
	r.lock()
	r.disarm()
	r.unlock()
}

// Reset stops a ticker and resets its period to d; the next tick arrives
// after the new period elapses. It panics if d <= 0.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	r := t.r
	if r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	w := when(d)
	r.lock()
	r.disarm()
	r.arm(w, int64(d))
	r.unlock()
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
