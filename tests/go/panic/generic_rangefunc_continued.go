package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

// Broken ignores yield's false result and keeps iterating.
func Broken[T any](xs ...T) Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			yield(x)
		}
	}
}

func main() {
	for v := range Broken("a", "b", "c") {
		fmt.Println(v)
		if v == "a" {
			break
		}
	}
	fmt.Println("unreachable")
}
