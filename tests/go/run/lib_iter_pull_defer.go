package main

import (
	"fmt"
	"iter"
	"slices"
)

// Pull iterators stopped by deferred calls while their iterators are
// still paused in yield: stop must resume the iterator and wait for it
// to finish inside the deferred call.

func counter(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println(name, "deferred")
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println(name, "told to stop at", i)
				return
			}
		}
		fmt.Println(name, "ran out")
	}
}

func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				return
			}
		}
	}
}

// firstN pulls n values and leaves the rest to the deferred stop.
func firstN(seq iter.Seq[int], n int) []int {
	next, stop := iter.Pull(seq)
	defer stop()
	var out []int
	for len(out) < n {
		v, ok := next()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	for a, b := range zip(slices.Values([]string{"p", "q"}), counter("d", 5)) {
		fmt.Println("zip", a, b)
	}
	for a, b := range zip(counter("e", 3), counter("f", 3)) {
		if a == 2 {
			break
		}
		fmt.Println("zip", a, b)
	}
	fmt.Println(firstN(counter("g", 10), 3))
	sum := 0
	for r := 0; r < 200; r++ {
		for _, b := range zip(slices.Values([]int{1, 2}), slices.Values([]int{10, 20, 30})) {
			sum += b
		}
		sum += len(firstN(slices.Values([]int{1, 2, 3, 4}), 2))
	}
	fmt.Println("sum", sum)
}
