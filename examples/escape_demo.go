// Where do values live? Each function below keeps its value in its own frame or sends it to
// the heap, and the program measures which with runtime.ReadMemStats. Ask the compiler why:
//
//	burrow build -m examples/escape_demo.go    (the report of: go build -gcflags='-m -l')
//	burrow run examples/escape_demo.go
//
// The frame is the desk, cleared for free when the call returns; the heap is the shared
// cabinet the garbage collector tidies later. A value goes to the heap only when something
// may still reach it after its function returns, or when it is too big for a frame.
package main

import (
	"fmt"
	"runtime"
)

type Point struct{ X, Y int }

type Grid struct{ cells [64]int }

var saved *Point

// Stays: p never leaves, so its address is just a frame address.
func manhattan(x, y int) int {
	p := Point{X: x, Y: y}
	q := &p
	return abs(q.X) + abs(q.Y)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// Escapes: the caller receives the address (moved to heap: p).
func newPoint(x, y int) *Point {
	p := Point{X: x, Y: y}
	return &p
}

// Escapes: a global keeps the address (&Point{...} escapes to heap).
func remember(x int) {
	saved = &Point{X: x}
}

// Stays: a 512-byte array worked on and dropped.
func gridSum(seed int) int {
	var g Grid
	for i := range g.cells {
		g.cells[i] = i * seed
	}
	t := 0
	for _, c := range g.cells {
		t += c
	}
	return t
}

// Stays: the closure is called here and never stored (func literal does not escape).
func countUp(n int) int {
	total := 0
	add := func(d int) { total += d }
	for i := 1; i <= n; i++ {
		add(i)
	}
	return total
}

// Escapes: the returned closure keeps total alive (moved to heap: total).
func accumulator() func(int) int {
	total := 0
	return func(d int) int {
		total += d
		return total
	}
}

// Escapes: a constant-size make above 64 KiB is too big for a frame.
func bigBuffer() int {
	b := make([]byte, 100_000)
	return len(b)
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

// allocsPerCall runs f n times and returns heap allocations per call, rounded.
func allocsPerCall(n int, f func(i int)) uint64 {
	before := mallocs()
	for i := 0; i < n; i++ {
		f(i)
	}
	return (mallocs() - before + uint64(n)/2) / uint64(n)
}

func main() {
	sink := 0
	var keep *Point
	var acc func(int) int
	rows := []struct {
		what  string
		where string
		f     func(i int)
	}{
		{"manhattan: Point behind a local pointer", "frame", func(i int) { sink += manhattan(i, -i) }},
		{"newPoint: returns &p", "heap", func(i int) { keep = newPoint(i, i) }},
		{"remember: global keeps &Point{}", "heap", func(i int) { remember(i) }},
		{"gridSum: 512-byte array", "frame", func(i int) { sink += gridSum(i) }},
		{"countUp: closure called in place", "frame", func(i int) { sink += countUp(10) }},
		{"accumulator: closure returned", "heap", func(i int) { acc = accumulator() }},
		{"bigBuffer: make([]byte, 100000)", "heap", func(i int) { sink += bigBuffer() }},
	}
	fmt.Println("where values live (heap allocations per call, measured):")
	for _, r := range rows {
		fmt.Printf("  %-40s %-5s %d\n", r.what, r.where, allocsPerCall(1000, r.f))
	}
	fmt.Println("results:", sink != 0, keep.X, saved.X, acc(2))
}
