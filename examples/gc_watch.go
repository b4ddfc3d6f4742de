// Watch the garbage collector work, using runtime.ReadMemStats.
//
//	burrow run examples/gc_watch.go
//	GODEBUG=gctrace=1 burrow run examples/gc_watch.go   (one line per collection, Go's format)
//	GOGC=50 burrow run examples/gc_watch.go             (collect more often)
//
// The program builds and drops short-lived trees (garbage) while keeping a few alive, and
// prints the heap after each phase. Numbers vary from run to run and from Go's; the shape
// should not: the live heap stays small while total allocation keeps growing.
package main

import (
	"fmt"
	"runtime"
)

type Tree struct {
	Left, Right *Tree
	Payload     [8]int64
}

func build(depth int) *Tree {
	if depth == 0 {
		return &Tree{}
	}
	return &Tree{Left: build(depth - 1), Right: build(depth - 1)}
}

func (t *Tree) count() int {
	if t == nil {
		return 0
	}
	return 1 + t.Left.count() + t.Right.count()
}

var kept []*Tree

func report(phase string) {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Printf("%-22s heap %7.2f MB  objects %8d  total alloc %8.2f MB  mallocs %9d  frees %9d  GCs %3d\n",
		phase, float64(m.HeapAlloc)/(1<<20), m.HeapObjects, float64(m.TotalAlloc)/(1<<20),
		m.Mallocs, m.Frees, m.NumGC)
}

func main() {
	report("start")
	for round := 1; round <= 5; round++ {
		nodes := 0
		for i := 0; i < 20; i++ {
			nodes += build(12).count() // garbage as soon as it is counted
		}
		kept = append(kept, build(10)) // survives
		report(fmt.Sprintf("round %d (%d nodes)", round, nodes))
	}
	kept = nil
	runtime.GC()
	report("after dropping all")
}
