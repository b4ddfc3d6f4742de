package main

import (
	"fmt"
	"runtime"
)

type node struct {
	left, right *node
	val         [4]int
}

var sink *node

func build(d int) *node {
	if d == 0 {
		return &node{}
	}
	return &node{left: build(d - 1), right: build(d - 1)}
}

func main() {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for i := 0; i < 50; i++ {
		sink = build(10)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("Mallocs increased:", after.Mallocs > before.Mallocs)
	fmt.Println("allocated at least 50*2047 objects:", after.Mallocs-before.Mallocs >= 50*2047)
	fmt.Println("TotalAlloc increased:", after.TotalAlloc > before.TotalAlloc)
	fmt.Println("Sys >= HeapAlloc:", after.Sys >= after.HeapAlloc)
	fmt.Println("Frees <= Mallocs:", after.Frees <= after.Mallocs)
	gcBefore := after.NumGC
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("NumGC increased:", after.NumGC > gcBefore)
	fmt.Println("HeapObjects = Mallocs - Frees:", after.HeapObjects == after.Mallocs-after.Frees)
	live := after.HeapAlloc
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("HeapAlloc dropped after dropping tree:", after.HeapAlloc < live)
	fmt.Println("Frees increased:", after.Frees > before.Frees)
	fmt.Println(runtime.NumGoroutine(), runtime.GOOS, runtime.GOARCH)
}
