// sync.Mutex and sync.RWMutex on one goroutine: uncontended Lock/Unlock,
// TryLock states, RLocker, zero values copied before use, layouts.
package main

import (
	"fmt"
	"sync"
	"unsafe"
)

type counter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *counter) inc(k string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n[k]++
}

type guarded struct {
	sync.RWMutex
	vals []int
}

func (g *guarded) sum() int {
	g.RLock()
	defer g.RUnlock()
	s := 0
	for _, v := range g.vals {
		s += v
	}
	return s
}

func lockAll(ls ...sync.Locker) {
	for _, l := range ls {
		l.Lock()
	}
}

func unlockAll(ls ...sync.Locker) {
	for i := len(ls) - 1; i >= 0; i-- {
		ls[i].Unlock()
	}
}

func main() {
	fmt.Println(unsafe.Sizeof(sync.Mutex{}), unsafe.Sizeof(sync.RWMutex{}), unsafe.Alignof(sync.Mutex{}))

	var m sync.Mutex
	fmt.Println("try on unlocked:", m.TryLock())
	fmt.Println("try on locked:", m.TryLock())
	fmt.Printf("%v %+v\n", m, m)
	m.Unlock()
	fmt.Println("try after unlock:", m.TryLock())
	m.Unlock()
	for i := 0; i < 1000; i++ {
		m.Lock()
		m.Unlock()
	}
	fmt.Printf("%v\n", m)

	// A zero Mutex copied before first use is an independent lock.
	var proto sync.Mutex
	a, b := proto, proto
	a.Lock()
	fmt.Println("b free while a held:", b.TryLock())
	a.Unlock()
	b.Unlock()

	c := &counter{n: map[string]int{}}
	for _, k := range []string{"x", "y", "x", "z", "x"} {
		c.inc(k)
	}
	fmt.Println(c.n["x"], c.n["y"], c.n["z"])

	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	fmt.Println("TryLock with readers:", rw.TryLock())
	fmt.Println("TryRLock with readers:", rw.TryRLock())
	fmt.Printf("%+v\n", rw)
	rw.RUnlock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock with writer:", rw.TryRLock())
	fmt.Println("TryLock with writer:", rw.TryLock())
	rw.Unlock()
	rw.Lock()
	rw.Unlock()
	fmt.Printf("%v\n", rw)

	rl := rw.RLocker()
	rl.Lock()
	rl.Lock()
	fmt.Println("TryLock under RLocker:", rw.TryLock())
	rl.Unlock()
	rl.Unlock()
	fmt.Println("TryLock after RLocker:", rw.TryLock())
	rw.Unlock()

	g := &guarded{vals: []int{1, 2, 3, 4}}
	g.Lock()
	g.vals = append(g.vals, 10)
	g.Unlock()
	fmt.Println("sum:", g.sum())

	var m1, m2 sync.Mutex
	var rw2 sync.RWMutex
	lockAll(&m1, &m2, rw2.RLocker(), rw2.RLocker())
	fmt.Println(m1.TryLock(), m2.TryLock(), rw2.TryRLock(), rw2.TryLock())
	unlockAll(&m1, &m2, rw2.RLocker(), rw2.RLocker(), rw2.RLocker())
	fmt.Println(m1.TryLock(), m2.TryLock(), rw2.TryLock())
}
