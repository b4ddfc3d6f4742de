package time

import (
	real "time"
	"sync"
)

var start = real.Now()

func now() (int64, int32, int64) {
	t := real.Now()
	return t.Unix(), int32(t.Nanosecond()), int64(t.Sub(start)) + 1
}
func sleep(ns int64) { real.Sleep(real.Duration(ns)) }

// The timer natives on real goroutines: each arming is a goroutine that
// waits until its time (or a cancel) and then runs f in a new goroutine.
var (
	timerMu  sync.Mutex
	timerSeq int64
	timers   = map[int64]*nativeTimer{}
)

type nativeTimer struct {
	f      func()
	cancel chan struct{}
}

func monoNow() int64 { return int64(real.Since(start)) + 1 }

func (t *nativeTimer) run(when, period int64, cancel chan struct{}) {
	for {
		select {
		case <-real.After(real.Duration(when - monoNow())):
		case <-cancel:
			return
		}
		timerMu.Lock()
		if t.cancel != cancel {
			timerMu.Unlock()
			return
		}
		if period <= 0 {
			t.cancel = nil
		}
		timerMu.Unlock()
		go t.f()
		if period <= 0 {
			return
		}
		when += period
		if n := monoNow(); when < n {
			when = n + period
		}
	}
}

func startTimer(f func(), when int64, period int64) int64 {
	timerMu.Lock()
	defer timerMu.Unlock()
	timerSeq++
	t := &nativeTimer{f: f, cancel: make(chan struct{})}
	timers[timerSeq] = t
	go t.run(when, period, t.cancel)
	return timerSeq
}

func startChanTimer(f func(), when int64, period int64) int64 {
	return startTimer(f, when, period)
}

func stopTimer(id int64) bool {
	timerMu.Lock()
	defer timerMu.Unlock()
	t := timers[id]
	if t == nil || t.cancel == nil {
		return false
	}
	close(t.cancel)
	t.cancel = nil
	return true
}

func resetTimer(id int64, when int64, period int64) bool {
	timerMu.Lock()
	defer timerMu.Unlock()
	t := timers[id]
	if t == nil {
		return false
	}
	pending := t.cancel != nil
	if pending {
		close(t.cancel)
	}
	t.cancel = make(chan struct{})
	go t.run(when, period, t.cancel)
	return pending
}
