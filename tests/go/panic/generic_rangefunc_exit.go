package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

var saved func(string) bool

// Keep stores yield and calls it again after the loop is over.
func Keep[T any](x T, save func(func(T) bool)) Seq[T] {
	return func(yield func(T) bool) {
		save(yield)
		yield(x)
	}
}

func main() {
	for v := range Keep("first", func(y func(string) bool) { saved = y }) {
		fmt.Println("body", v)
	}
	fmt.Println("loop done")
	saved("second")
	fmt.Println("unreachable")
}
