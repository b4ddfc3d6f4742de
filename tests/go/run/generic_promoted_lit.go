package main

import "fmt"

type A struct{ X int }
type B struct {
	A
	Y int
}

type Box[T any] struct{ V T }
type Wrap[T any] struct {
	Box[T]
	N int
}

// go 1.27: struct literals may name promoted fields.
func main() {
	b := B{X: 1, Y: 2}
	w := Wrap[string]{V: "v", N: 1}
	fmt.Println(b, w)
}
