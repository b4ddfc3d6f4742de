// Maps that escape analysis keeps in the frame: gc reports
// `make(map[int]int) does not escape` and places a small map's first group in the frame, so
// filling it with up to 8 entries allocates nothing; the same map returned is heap-allocated.
// Each case runs 1000 times and prints its heap allocations per call.
package main

import (
	"fmt"
	"runtime"
)

const N = 1000

var sinkMap map[int]int

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func perOp(f func(int) int) uint64 {
	before := mallocs()
	for i := 0; i < N; i++ {
		_ = f(i)
	}
	after := mallocs()
	return (after - before + N/2) / N
}

//go:noinline
func smallLocalMap(i int) int {
	m := make(map[int]int)
	for k := 0; k < 8; k++ {
		m[k] = k + i
	}
	return m[3]
}

//go:noinline
func localMapLiteral(i int) int {
	m := map[string]int{"a": 1, "b": i}
	return m["b"]
}

//go:noinline
func escapingMap(i int) int {
	m := make(map[int]int)
	m[i] = i
	sinkMap = m
	return len(m)
}

func main() {
	fmt.Printf("smallLocalMap: %d allocs/op\n", perOp(smallLocalMap))
	fmt.Printf("localMapLiteral: %d allocs/op\n", perOp(localMapLiteral))
	fmt.Printf("escapingMap: >0 allocs/op: %v\n", perOp(escapingMap) > 0)
}
