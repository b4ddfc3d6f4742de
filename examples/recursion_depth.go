// Goroutine stacks start small (2 KiB) and grow by copying when a call needs more room.
//
//	burrow run examples/recursion_depth.go
//
// The first part recurses a million calls deep, with a pointer into each frame, which only
// works because the stack grows (and every pointer into it is adjusted when it moves).
// Pass an argument to recurse without end and see Go's stack-overflow failure instead:
//
//	burrow run examples/recursion_depth.go forever
//	  runtime: goroutine stack exceeds 1000000000-byte limit
//	  fatal error: stack overflow
package main

import (
	"fmt"
	"os"
)

// depth keeps a local and a pointer to it in every frame.
func depth(n int, parent *int) int {
	local := n
	if n == 0 {
		return *parent
	}
	return depth(n-1, &local) + 0*local
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func forever(n int) int {
	var pad [16]int
	pad[n%16] = n
	return forever(n+1) + pad[0]
}

func main() {
	for _, n := range []int{10, 1000, 100000, 1000000} {
		fmt.Printf("depth %7d: parent value %d, sum %d\n", n, depth(n, new(int)), sum(n))
	}
	if len(os.Args) > 1 {
		fmt.Println("recursing forever...")
		fmt.Println(forever(0))
	}
}
