package main

import (
	"fmt"
	"maps"
	"slices"
)

// Iterators written as plain funcs (no iter.Seq in their types), passed
// to the library: type inference unifies func(func(V) bool) with
// iter.Seq[V] through its underlying type.

func count(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func squares(yield func(int, int) bool) {
	for i := 1; i <= 4; i++ {
		if !yield(i, i*i) {
			return
		}
	}
}

func main() {
	fmt.Println(slices.Collect(count(5)))
	fmt.Println(slices.AppendSeq([]int{-1}, count(3)))
	fmt.Println(slices.Sorted(func(yield func(string) bool) {
		_ = yield("c") && yield("a") && yield("b")
	}))
	fmt.Println(maps.Collect(squares))
	m := map[int]int{0: 0}
	maps.Insert(m, squares)
	fmt.Println(m)
}
