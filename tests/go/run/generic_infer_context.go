package main

import (
	"cmp"
	"fmt"
	"slices"
)

func Identity[T any](x T) T { return x }

func Double[T ~int | ~float64](x T) T { return 2 * x }

func Apply[T any](xs []T, f func(T) T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func main() {
	// Type arguments inferred from the assignment context.
	var f func(int) int = Identity
	var g func(string) string
	g = Identity
	fmt.Println(f(3), g("s"))
	// A generic function passed uninstantiated as an argument.
	fmt.Println(Apply([]int{1, 2}, Double))
	fmt.Println(Apply([]float64{0.5}, Double))
	xs := []string{"b", "c", "a"}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs)
}
