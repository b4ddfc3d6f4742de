package main

import (
	"fmt"
	"runtime"
	"sync"
)

type Big [64]int

type Cell[T any] struct {
	mu  sync.Mutex
	val T
}

func (c *Cell[T]) Set(v T) { c.mu.Lock(); c.val = v; c.mu.Unlock() }
func (c *Cell[T]) Get() T  { c.mu.Lock(); defer c.mu.Unlock(); return c.val }

type Worker[T any] struct {
	in  chan T
	out chan T
	f   func(T) T
}

func (w *Worker[T]) Run(wg *sync.WaitGroup) {
	defer wg.Done()
	for x := range w.in {
		w.out <- w.f(x)
	}
	close(w.out)
}

func Ptrs[T any](xs []T) []*T {
	var out []*T
	for _, x := range xs {
		v := x
		out = append(out, &v)
	}
	return out
}

func Fill[T any](n int, mk func(int) T) []T {
	out := make([]T, 0, 4)
	for i := 0; i < n; i++ {
		out = append(out, mk(i))
	}
	return out
}

type Tree[T any] struct {
	L, R *Tree[T]
	V    T
}

func Build[T any](d int, v T) *Tree[T] {
	if d == 0 {
		return nil
	}
	return &Tree[T]{Build(d-1, v), Build(d-1, v), v}
}

func Count[T any](t *Tree[T]) int {
	if t == nil {
		return 0
	}
	return 1 + Count(t.L) + Count(t.R)
}

func main() {
	var c Cell[Big]
	var b Big
	for i := range b {
		b[i] = i
	}
	c.Set(b)
	b[0] = 100
	got := c.Get()
	fmt.Println(got[0], got[63], b[0])

	w := &Worker[Big]{in: make(chan Big), out: make(chan Big, 4), f: func(x Big) Big {
		for i := range x {
			x[i] *= 2
		}
		return x
	}}
	var wg sync.WaitGroup
	wg.Add(1)
	go w.Run(&wg)
	w.in <- b
	w.in <- Big{1: 1}
	close(w.in)
	wg.Wait()
	r1, r2 := <-w.out, <-w.out
	fmt.Println(r1[0], r1[63], r2[1], b[1])

	run := w.Run
	fmt.Printf("%T\n", run)

	ps := Ptrs([]Big{{1}, {2}, {3}})
	*ps[0] = Big{9}
	fmt.Println(ps[0][0], ps[1][0], ps[2][0])
	sp := Ptrs([]string{"a", "b"})
	fmt.Println(*sp[0] + *sp[1])

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	total := 0
	for round := 0; round < 20; round++ {
		bigs := Fill(200, func(i int) *Big { return &Big{i} })
		strs := Fill(200, func(i int) []string { return []string{fmt.Sprint(i)} })
		total += len(bigs) + len(strs) + bigs[199][0]
		t := Build(10, Big{round})
		total += Count(t)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println(total, after.Mallocs > before.Mallocs, after.NumGC > before.NumGC)

	trees := make([]*Tree[[]byte], 0)
	for i := 0; i < 50; i++ {
		trees = append(trees, Build(6, make([]byte, 1024)))
	}
	runtime.GC()
	n := 0
	for _, t := range trees {
		n += Count(t)
	}
	fmt.Println(n)
}
