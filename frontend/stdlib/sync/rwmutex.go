package sync

import "sync/atomic"

// An RWMutex is a reader/writer mutual exclusion lock: any number of
// readers or one writer. The zero value is unlocked. A blocked Lock keeps
// new readers out, so writers do not starve.
//
// Protocol (the classic one gc uses too). readerCount counts readers that
// hold or wait for the read lock; a writer subtracts maxReaders from it,
// which both tells new readers to wait (the count is negative) and leaves
// the number of active readers recoverable. The writer then waits on
// writerSem until the readers it found have left: readerWait counts them
// down, and the last one releases writerSem. Unlock adds maxReaders back
// and releases readerSem once per reader that arrived meanwhile. Writers
// exclude each other with w.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount atomic.Int32
	readerWait  atomic.Int32
}

const maxReaders = 1 << 30

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if rw.readerCount.Add(1) < 0 {
		semacquire(&rw.readerSem, waitRLock)
	}
}

// TryRLock locks rw for reading if no writer holds or waits for it, and
// reports whether it did.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := rw.readerCount.Load()
		if c < 0 {
			return false
		}
		if rw.readerCount.CompareAndSwap(c, c+1) {
			return true
		}
	}
}

// RUnlock undoes one RLock. RUnlock of an RWMutex not locked for reading is
// a fatal error.
func (rw *RWMutex) RUnlock() {
	r := rw.readerCount.Add(-1)
	if r >= 0 {
		return
	}
	if r+1 == 0 || r+1 == -maxReaders {
		fatal("sync: RUnlock of unlocked RWMutex")
	}
	// A writer is waiting: the last departing reader lets it in.
	if rw.readerWait.Add(-1) == 0 {
		semrelease(&rw.writerSem)
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	active := rw.readerCount.Add(-maxReaders) + maxReaders
	if active != 0 && rw.readerWait.Add(active) != 0 {
		semacquire(&rw.writerSem, waitLock)
	}
}

// TryLock locks rw for writing if it is free, and reports whether it did.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !rw.readerCount.CompareAndSwap(0, -maxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock unlocks rw for writing. Unlock of an RWMutex not locked for
// writing is a fatal error.
func (rw *RWMutex) Unlock() {
	r := rw.readerCount.Add(maxReaders)
	if r >= maxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := int32(0); i < r; i++ {
		semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

// RLocker returns a Locker whose Lock and Unlock call rw.RLock and
// rw.RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }
