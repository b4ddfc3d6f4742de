package main

import (
	"fmt"
	"slices"
	"cmp"
	"strings"
)

func Apply[T, U any](xs []T, f func(T) U) []U {
	var r []U
	for _, x := range xs {
		r = append(r, f(x))
	}
	return r
}

func Double[T int | float64](x T) T { return x * 2 }

func use(f func(string, string) int) int { return f("a", "b") }

func main() {
	xs := []int{3, 1, 2}
	slices.SortFunc(xs, cmp.Compare)
	fmt.Println(xs)
	fmt.Println(Apply([]float64{1, 2}, Double))
	fmt.Println(use(cmp.Compare), use(strings.Compare))
	ss := []string{"b", "a"}
	slices.SortFunc(ss, cmp.Compare[string])
	fmt.Println(ss)
}
