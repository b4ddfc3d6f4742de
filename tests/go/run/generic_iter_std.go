package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
)

func Take[T any](seq iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		i := 0
		for v := range seq {
			if i == n || !yield(v) {
				return
			}
			i++
		}
	}
}

func Pairs[K comparable, V any](m map[K]V) iter.Seq2[K, V] { return maps.All(m) }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	keys := slices.Sorted(maps.Keys(m))
	fmt.Println(keys)
	fmt.Println(slices.Collect(Take(slices.Values([]float64{1.5, 2.5, 3.5}), 2)))
	total := 0
	for _, v := range Pairs(m) {
		total += v
	}
	fmt.Println(total)
	for i, s := range slices.All([]string{"x", "y"}) {
		fmt.Print(i, s, " ")
	}
	fmt.Println()
	next, stop := iter.Pull(slices.Values([]int{10, 20}))
	defer stop()
	v, ok := next()
	fmt.Println(v, ok)
}
