// Allocation inside loops: a value used only within its iteration stays in the frame (no
// allocation per iteration); one stored in a variable outside the loop is allocated on each
// iteration. Each case prints heap allocations per loop iteration over 1000 iterations.
package main

import (
	"fmt"
	"runtime"
)

type Node struct {
	v    int
	next *Node
}

const N = 1000

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

//go:noinline
func perIteration() int {
	t := 0
	for i := 0; i < N; i++ {
		p := &Node{v: i}
		t += p.v
	}
	return t
}

//go:noinline
func storedOutside() int {
	var last *Node
	for i := 0; i < N; i++ {
		last = &Node{v: i}
	}
	return last.v
}

//go:noinline
func chain() int {
	var head *Node
	for i := 0; i < N; i++ {
		head = &Node{v: i, next: head}
	}
	return head.v
}

//go:noinline
func bufferPerIteration() int {
	t := 0
	for i := 0; i < N; i++ {
		b := make([]byte, 32)
		b[i%32] = 1
		t += len(b)
	}
	return t
}

//go:noinline
func closurePerIteration() int {
	t := 0
	for i := 0; i < N; i++ {
		f := func() int { return i * 2 }
		t += f()
	}
	return t
}

//go:noinline
func appendPreallocated() int {
	s := make([]int, 0, N)
	for i := 0; i < N; i++ {
		s = append(s, i)
	}
	return len(s)
}

func measure(name string, f func() int) {
	before := mallocs()
	_ = f()
	after := mallocs()
	fmt.Printf("%s: %d allocs/iteration\n", name, (after-before+N/2)/N)
}

func main() {
	measure("perIteration", perIteration)
	measure("storedOutside", storedOutside)
	measure("chain", chain)
	measure("bufferPerIteration", bufferPerIteration)
	measure("closurePerIteration", closurePerIteration)
	measure("appendPreallocated", appendPreallocated)
}
