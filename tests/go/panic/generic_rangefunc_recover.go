package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

// Swallow recovers a panic of the loop body and returns normally.
func Swallow[T any](x T) Seq[T] {
	return func(yield func(T) bool) {
		defer func() { recover() }()
		yield(x)
	}
}

func main() {
	for v := range Swallow(42) {
		fmt.Println("body", v)
		panic("boom")
	}
	fmt.Println("unreachable")
}
