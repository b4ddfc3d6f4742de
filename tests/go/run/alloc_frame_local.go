// Values that escape analysis keeps in their frame cost no heap allocation: each case runs
// 1000 times between two runtime.ReadMemStats calls and prints its allocations per call,
// rounded (gc: 0 for every case; see `go build -gcflags='-m -l'`).
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

type Big struct{ data [64]int }

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Acc struct{ n int }

func (a *Acc) Add(d int) { a.n += d }

const N = 1000

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func perOp(f func(int) int) (uint64, int) {
	before := mallocs()
	t := 0
	for i := 0; i < N; i++ {
		t += f(i)
	}
	after := mallocs()
	return (after - before + N/2) / N, t
}

//go:noinline
func structValue(i int) int {
	p := Point{X: i, Y: i + 1}
	return p.X + p.Y
}

//go:noinline
func addrOfLocal(i int) int {
	x := i
	p := &x
	*p += 1
	return x
}

//go:noinline
func compositeAddr(i int) int {
	p := &Point{X: i}
	return p.X
}

//go:noinline
func newLocal(i int) int {
	p := new(int)
	*p = i
	return *p
}

//go:noinline
func bigArray(i int) int {
	var b Big
	for k := range b.data {
		b.data[k] = k + i
	}
	return b.data[63]
}

//go:noinline
func constMake(i int) int {
	s := make([]int, 16)
	s[i%16] = i
	return s[i%16]
}

//go:noinline
func makeAtLimit(i int) int {
	b := make([]byte, 65536)
	b[i%65536] = 1
	return int(b[i%65536])
}

//go:noinline
func sliceLiteral(i int) int {
	s := []int{i, i + 1, i + 2}
	return s[2]
}

//go:noinline
func closureLocal(i int) int {
	n := i
	inc := func() { n++ }
	inc()
	return n
}

//go:noinline
func methodValueLocal(i int) int {
	var a Acc
	add := a.Add
	add(i)
	return a.n
}

//go:noinline
func ifaceLocal(i int) int {
	var s Shape = Rect{W: i, H: 2}
	return s.Area()
}

//go:noinline
func pointerChain(i int) int {
	a := Point{X: i}
	b := &a
	c := &b
	return (*c).X
}

func main() {
	cases := []struct {
		name string
		f    func(int) int
	}{
		{"structValue", structValue},
		{"addrOfLocal", addrOfLocal},
		{"compositeAddr", compositeAddr},
		{"newLocal", newLocal},
		{"bigArray", bigArray},
		{"constMake", constMake},
		{"makeAtLimit", makeAtLimit},
		{"sliceLiteral", sliceLiteral},
		{"closureLocal", closureLocal},
		{"methodValueLocal", methodValueLocal},
		{"ifaceLocal", ifaceLocal},
		{"pointerChain", pointerChain},
	}
	for _, c := range cases {
		n, _ := perOp(c.f)
		fmt.Printf("%s: %d allocs/op\n", c.name, n)
	}
}
