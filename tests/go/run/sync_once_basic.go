// sync.Once and sync.OnceFunc on one goroutine, including panics in f.
package main

import (
	"fmt"
	"sync"
	"unsafe"
)

var (
	configOnce sync.Once
	config     map[string]string
	loads      int
)

func getConfig() map[string]string {
	configOnce.Do(func() {
		loads++
		config = map[string]string{"mode": "fast"}
	})
	return config
}

type lazy struct {
	once sync.Once
	val  int
}

func (l *lazy) get() int {
	l.once.Do(l.init)
	return l.val
}

func (l *lazy) init() { l.val = 42 }

func main() {
	fmt.Println(unsafe.Sizeof(sync.Once{}))
	for i := 0; i < 3; i++ {
		fmt.Println(getConfig()["mode"], loads)
	}

	var o sync.Once
	n := 0
	for i := 0; i < 5; i++ {
		o.Do(func() { n += 10 })
		o.Do(func() { n += 100 }) // never runs: o is done
	}
	fmt.Println("n:", n)
	fmt.Printf("%+v\n", o)

	l := &lazy{}
	fmt.Println(l.get(), l.get())

	// A panicking f counts as done.
	var p sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Do(func() { panic("first call fails") })
	}()
	ran := false
	p.Do(func() { ran = true })
	fmt.Println("ran again:", ran)

	// Nested Once values.
	var outer, inner sync.Once
	outer.Do(func() {
		inner.Do(func() { fmt.Println("inner inside outer") })
	})
	inner.Do(func() { fmt.Println("not printed") })

	calls := 0
	f := sync.OnceFunc(func() {
		calls++
		fmt.Println("OnceFunc body")
	})
	f()
	f()
	f()
	fmt.Println("calls:", calls)

	g := sync.OnceFunc(func() { panic(fmt.Errorf("bad %d", 7)) })
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				err, ok := r.(error)
				fmt.Println("attempt", i, ok, err)
			}()
			g()
		}()
	}
}
