// The MemStats program of seed article 002: 100,000 calls of sumLocal (its Big stays in the
// frame) and of makePtr (its &Big{} escapes). Counts are rounded to the nearest thousand so
// the output is exact: gc prints ~0 and ~100000.
package main

import (
	"fmt"
	"runtime"
)

type Big struct{ data [64]int }

// Returning a pointer to a new Big: escapes.
func makePtr() *Big { return &Big{} }

// Created, used and dropped in the frame: does not escape.
func sumLocal() int {
	var b Big
	for i := range b.data {
		b.data[i] = i
	}
	s := 0
	for _, v := range b.data {
		s += v
	}
	return s
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func approx(n uint64) uint64 { return (n + 500) / 1000 * 1000 }

func main() {
	a := mallocs()
	total := 0
	for i := 0; i < 100_000; i++ {
		total += sumLocal()
	}
	b := mallocs()
	fmt.Printf("sumLocal: ~%d heap objects (stays on stack)\n", approx(b-a))

	c := mallocs()
	keep := make([]*Big, 0, 100_000)
	for i := 0; i < 100_000; i++ {
		keep = append(keep, makePtr())
	}
	d := mallocs()
	fmt.Printf("makePtr: ~%d heap objects (escaped)\n", approx(d-c))
	fmt.Println(total, len(keep), keep[99_999].data[0])
}
