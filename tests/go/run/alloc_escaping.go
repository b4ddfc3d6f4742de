// Values that escape are heap-allocated once each: each case runs 1000 times between two
// runtime.ReadMemStats calls and prints its heap allocations per call, rounded. Results go to
// package-level sinks so nothing can be optimised away.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

type Big struct{ data [64]int }

var (
	sinkP    *Point
	sinkI    *int
	sinkB    *Big
	sinkAny  any
	sinkS    []int
	sinkStr  string
	sinkByte []byte
	sinkF    func() int
)

const N = 1000

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func perOp(f func(int)) uint64 {
	before := mallocs()
	for i := 0; i < N; i++ {
		f(i)
	}
	after := mallocs()
	return (after - before + N/2) / N
}

//go:noinline
func returnComposite(i int) *Point { return &Point{X: i} }

//go:noinline
func returnLocalAddr(i int) *int {
	x := i
	return &x
}

//go:noinline
func returnNew(i int) *Big {
	b := new(Big)
	b.data[0] = i
	return b
}

//go:noinline
func storeGlobal(i int) {
	p := Point{X: i, Y: i}
	sinkP = &p
}

//go:noinline
func boxInt(i int) {
	sinkAny = i + 1000
}

//go:noinline
func boxStruct(i int) {
	sinkAny = Point{X: i, Y: 1}
}

//go:noinline
func makeVar(i int) {
	sinkS = make([]int, 10+i%3)
}

//go:noinline
func makeTooBig(i int) int {
	b := make([]byte, 65537)
	b[i%100] = 1
	return int(b[0])
}

//go:noinline
func bigVar(i int) int {
	var a [131073]byte
	a[i%100] = 1
	return int(a[0])
}

//go:noinline
func counterClosure(i int) func() int {
	n := i
	return func() int {
		n++
		return n
	}
}

//go:noinline
func valueClosure(i int) func() int {
	n := i
	return func() int { return n }
}

func main() {
	cases := []struct {
		name string
		f    func(int)
	}{
		{"returnComposite", func(i int) { sinkP = returnComposite(i) }},
		{"returnLocalAddr", func(i int) { sinkI = returnLocalAddr(i) }},
		{"returnNew", func(i int) { sinkB = returnNew(i) }},
		{"storeGlobal", storeGlobal},
		{"boxInt", boxInt},
		{"boxStruct", boxStruct},
		{"makeVar", makeVar},
		{"makeTooBig", func(i int) { _ = makeTooBig(i) }},
		{"bigVar", func(i int) { _ = bigVar(i) }},
		{"counterClosure", func(i int) { sinkF = counterClosure(i) }},
		{"valueClosure", func(i int) { sinkF = valueClosure(i) }},
	}
	for _, c := range cases {
		fmt.Printf("%s: %d allocs/op\n", c.name, perOp(c.f))
	}
}
