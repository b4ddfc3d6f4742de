package main

import "fmt"

func At[T any](xs []T, i int) T {
	return xs[i]
}

func main() {
	xs := []string{"a", "b"}
	fmt.Println(At(xs, 1))
	fmt.Println(At[string](xs, 0))
	fmt.Println(At(xs, 5))
	fmt.Println("unreachable")
}
