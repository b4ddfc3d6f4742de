package main

import "fmt"

type Vec[T any] struct{ items []T } // ERROR "instantiation cycle"

func (v Vec[T]) Wrap() Vec[Vec[T]] { return Vec[Vec[T]]{} }

func main() {
	fmt.Println(Vec[int]{}.Wrap())
}
