// runtime.GC() must stop every goroutine, including ones spinning in loops without calls:
// the collector waits for them at a safepoint (a loop back-edge), never forever.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
)

var stop atomic.Bool

func spin(counter *int64) {
	n := int64(0)
	for !stop.Load() {
		n++
		if n%1000000 == 0 {
			atomic.StoreInt64(counter, n)
		}
	}
}

func tight() {
	x := 0
	for {
		x ^= x<<1 + 1
	}
}

type node struct {
	next *node
	v    [8]int
}

func main() {
	var c1, c2 int64
	go spin(&c1)
	go spin(&c2)
	go tight()
	var keep *node
	for round := 0; round < 5; round++ {
		for i := 0; i < 20000; i++ {
			keep = &node{next: keep}
			keep.v[0] = i
		}
		runtime.GC()
		n := 0
		for p := keep; p != nil; p = p.next {
			n++
		}
		fmt.Println("round", round, "list", n)
	}
	stop.Store(true)
	fmt.Println("collections finished with spinners running")
}
