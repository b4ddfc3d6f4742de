// sync/atomic's typed values (Int32 ... Bool) and Value on one goroutine.
package main

import (
	"fmt"
	"sync/atomic"
	"unsafe"
)

type config struct {
	name  string
	limit int
}

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	ready  atomic.Bool
}

func main() {
	fmt.Println(unsafe.Sizeof(atomic.Int32{}), unsafe.Sizeof(atomic.Int64{}), unsafe.Sizeof(atomic.Uint32{}),
		unsafe.Sizeof(atomic.Uint64{}), unsafe.Sizeof(atomic.Uintptr{}), unsafe.Sizeof(atomic.Bool{}),
		unsafe.Sizeof(atomic.Value{}))

	var a atomic.Int32
	fmt.Println(a.Add(5), a.Add(-7), a.Load(), a.Swap(10), a.CompareAndSwap(10, 11), a.CompareAndSwap(10, 12), a.Load())
	fmt.Println(a.And(3), a.Or(4), a.Load())
	var b atomic.Int64
	b.Store(1 << 50)
	fmt.Println(b.Add(1), b.Swap(-1), b.CompareAndSwap(-1, 0), b.Load(), b.Or(12), b.And(4), b.Load())
	var c atomic.Uint32
	fmt.Println(c.Add(^uint32(0)), c.Swap(5), c.CompareAndSwap(5, 6), c.Load(), c.And(2), c.Or(1), c.Load())
	var d atomic.Uint64
	d.Store(3)
	fmt.Println(d.Add(1<<63), d.Swap(9), d.CompareAndSwap(8, 1), d.Load(), d.And(1), d.Or(6), d.Load())
	var e atomic.Uintptr
	fmt.Println(e.Add(4096), e.Swap(1), e.CompareAndSwap(1, 2), e.Load(), e.And(3), e.Or(4), e.Load())
	fmt.Printf("%v %+v\n", a, b)

	var f atomic.Bool
	fmt.Println(f.Load(), f.Swap(true), f.Load(), f.CompareAndSwap(false, true), f.CompareAndSwap(true, false), f.Load())
	f.Store(true)
	fmt.Printf("%v %+v\n", f.Load(), f)

	var st stats
	st.hits.Add(3)
	st.misses.Add(1)
	st.ready.Store(true)
	fmt.Println(st.hits.Load(), st.misses.Load(), st.ready.Load())

	// Value.
	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"a", 1})
	fmt.Println(v.Load().(config))
	old := v.Swap(config{"b", 2})
	fmt.Println(old, v.Load())
	fmt.Println(v.CompareAndSwap(config{"a", 1}, config{"c", 3}), v.Load())
	fmt.Println(v.CompareAndSwap(config{"b", 2}, config{"c", 3}), v.Load())
	fmt.Printf("%v\n", v)

	var pv atomic.Value
	cfg := &config{"p", 9}
	pv.Store(cfg)
	fmt.Println(pv.Load().(*config).name, pv.CompareAndSwap(cfg, &config{"q", 10}), pv.Load().(*config).name)

	var ev atomic.Value
	fmt.Println(ev.CompareAndSwap(1, 2), ev.Load())
	fmt.Println(ev.CompareAndSwap(nil, 2), ev.Load())
	var sv atomic.Value
	fmt.Println(sv.Swap("first"), sv.Swap("second"), sv.Load())

	var iv atomic.Value
	for i := 0; i < 5; i++ {
		iv.Store(i * i)
	}
	fmt.Println(iv.Load())

	// Recoverable panics.
	try := func(name string, f func()) {
		defer func() { fmt.Println(name+":", recover()) }()
		f()
	}
	try("nil store", func() { iv.Store(nil) })
	try("type change", func() { iv.Store("x") })
	try("nil swap", func() { iv.Swap(nil) })
	try("swap type", func() { iv.Swap(1.5) })
	try("cas nil", func() { iv.CompareAndSwap(16, nil) })
	try("cas types", func() { iv.CompareAndSwap(16, "x") })
	try("cas stored type", func() { iv.CompareAndSwap("x", "y") })
	var slv atomic.Value
	slv.Store([]int{1})
	try("cas uncomparable", func() { slv.CompareAndSwap([]int{1}, []int{2}) })
	fmt.Println(iv.Load())
}
