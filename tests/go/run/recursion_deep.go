package main

import "fmt"

// conformance: timeout=60

type frame struct {
	n    int
	prev *frame
}

// walk keeps a struct in every frame and a pointer to the caller's frame, so growing
// the stack by copying must adjust pointers into it.
func walk(n int, prev *frame) int {
	f := frame{n, prev}
	if n == 0 {
		s := 0
		for p := &f; p != nil && s < 1000; p = p.prev {
			s++
		}
		return s
	}
	return walk(n-1, &f)
}

func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

func main() {
	fmt.Println(sum(1000000))
	fmt.Println(walk(1000000, nil))
	fmt.Println(sum(10), walk(5, nil))
}
