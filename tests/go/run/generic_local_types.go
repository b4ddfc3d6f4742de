package main

import "fmt"

func main() {
	// Generic types declared inside a function (accepted by go 1.27).
	type G[T any] struct{ v T }
	type Stack[T any] []T
	g := G[string]{"s"}
	h := G[int]{4}
	var s Stack[float64]
	s = append(s, 1.5)
	fmt.Printf("%T %v %T %v\n", g, g, h, h)
	fmt.Printf("%T %v %d\n", s, s, len(s))
}
