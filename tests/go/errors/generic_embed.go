package main

type A[T any] struct{ v T }

func (A[T]) Name() string { return "A" }

type B[T any] struct{ w T }

func (B[T]) Name() string { return "B" }

type C struct {
	A[int]
	A[string] // ERROR "A redeclared"
}

type D struct {
	A[int]
	B[int]
}

func main() {
	var d D
	_ = d.Name() // ERROR "ambiguous selector d.Name"
	_ = d.A.Name() + d.B.Name()
	var c C
	_ = c
}
