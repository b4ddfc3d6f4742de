// gc gives some non-escaping values of run-time size a small buffer in the frame and only
// goes to the heap when the size is larger: variable-size make, []byte(s), string(b), []rune(s)
// and string concatenation, as `-m` reports them (`does not escape`). Each case runs 1000
// times between two runtime.ReadMemStats calls and prints its heap allocations per call.
package main

import (
	"fmt"
	"runtime"
)

const N = 1000

var small = "hello"
var large = "a string that is certainly longer than thirty-two bytes"

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
func makeSmallVar(i int) int {
	b := make([]byte, 8+i%8)
	return len(b)
}

//go:noinline
func makeLargeVar(i int) int {
	b := make([]byte, 1000+i%8)
	return len(b)
}

//go:noinline
func bytesSmall(i int) int {
	b := []byte(small)
	return len(b) + i
}

//go:noinline
func bytesLarge(i int) int {
	b := []byte(large)
	return len(b) + i
}

//go:noinline
func stringSmall(i int) int {
	b := []byte{'a', 'b', byte(i)}
	s := string(b)
	return len(s)
}

//go:noinline
func concatSmall(i int) int {
	s := small + small[:i%3]
	return len(s)
}

//go:noinline
func concatLarge(i int) int {
	s := large + large[:i%3]
	return len(s)
}

//go:noinline
func runesSmall(i int) int {
	r := []rune(small)
	return len(r) + i
}

func main() {
	cases := []struct {
		name string
		f    func(int) int
	}{
		{"makeSmallVar", makeSmallVar},
		{"makeLargeVar", makeLargeVar},
		{"bytesSmall", bytesSmall},
		{"bytesLarge", bytesLarge},
		{"stringSmall", stringSmall},
		{"concatSmall", concatSmall},
		{"concatLarge", concatLarge},
		{"runesSmall", runesSmall},
	}
	for _, c := range cases {
		fmt.Printf("%s: %d allocs/op\n", c.name, perOp(c.f))
	}
}
