package main

type L[T any] struct{ next *L[L[T]] } // ERROR "instantiation cycle"

func main() {
	var l L[int]
	_ = l
}
