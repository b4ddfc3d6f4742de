package main

import (
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

func Filter[V any](seq iter.Seq[V], keep func(V) bool) iter.Seq[V] {
	return func(yield func(V) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[V, W any](seq iter.Seq[V], f func(V) W) iter.Seq[W] {
	return func(yield func(W) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[V any](seq iter.Seq[V], n int) iter.Seq[V] {
	return func(yield func(V) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range seq {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[V any](seq iter.Seq[V]) iter.Seq2[int, V] {
	return func(yield func(int, V) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Concat[V any](seqs ...iter.Seq[V]) iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, seq := range seqs {
			for v := range seq {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Reduce[V, A any](seq iter.Seq[V], acc A, f func(A, V) A) A {
	for v := range seq {
		acc = f(acc, v)
	}
	return acc
}

func Keys2[K, V any](seq iter.Seq2[K, V]) iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range seq {
			if !yield(k) {
				return
			}
		}
	}
}

// Naturals never ends: only early exits stop it.
func Naturals() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

// Lines splits s into lines lazily.
func Lines(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for len(s) > 0 {
			i := strings.IndexByte(s, '\n')
			if i < 0 {
				yield(s)
				return
			}
			if !yield(s[:i]) {
				return
			}
			s = s[i+1:]
		}
	}
}

// Fib with a log of how far the producer got.
func Fib(log *[]string) iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			*log = append(*log, fmt.Sprint("made ", a))
			if !yield(a) {
				*log = append(*log, "fib stopped")
				return
			}
			a, b = b, a+b
		}
	}
}

func isEven(n int) bool { return n%2 == 0 }

func firstOver(seq iter.Seq[int], limit int) (int, bool) {
	for v := range seq {
		if v > limit {
			return v, true
		}
	}
	return 0, false
}

func main() {
	evens := Filter(Naturals(), isEven)
	squares := Map(evens, func(n int) int { return n * n })
	fmt.Println(slices.Collect(Take(squares, 5)))
	fmt.Println(slices.Collect(Take(Naturals(), 0)))

	words := Map(slices.Values([]int{3, 1, 2}), func(n int) string { return strings.Repeat("*", n) })
	fmt.Println(slices.Collect(words))

	for i, w := range Enumerate(Lines("alpha\nbeta\n\ngamma")) {
		fmt.Printf("%d:%q\n", i, w)
	}

	var log []string
	fmt.Println(slices.Collect(Take(Fib(&log), 7)))
	fmt.Println(strings.Join(log, ", "))

	total := Reduce(Take(Filter(Naturals(), func(n int) bool { return n%3 == 0 }), 4), 0, func(a, n int) int { return a + n })
	fmt.Println("sum of first four multiples of 3:", total)
	fmt.Println(Reduce(slices.Values([]string{"a", "b", "c"}), "", func(a, s string) string { return s + a }))

	fmt.Println(slices.Collect(Concat(slices.Values([]int{1, 2}), Take(Naturals(), 3), slices.Values([]int(nil)), slices.Values([]int{9}))))

	// return, break and continue through several adapter layers.
	fmt.Println(firstOver(Map(Naturals(), func(n int) int { return n * 7 }), 30))
	fmt.Println(firstOver(slices.Values([]int{1, 2}), 30))
	n := 0
	for v := range Concat(Naturals(), Naturals()) {
		if v%2 == 1 {
			continue
		}
		n++
		if v >= 10 {
			break
		}
	}
	fmt.Println("evens up to 10:", n)

	// Labelled loops across nested iterators.
	found := ""
outer:
	for a := range Take(Naturals(), 10) {
		for b := range Take(Naturals(), 10) {
			if a*b == 42 {
				found = fmt.Sprint(a, "x", b)
				break outer
			}
			if b > a {
				continue outer
			}
		}
	}
	fmt.Println("found", found)

	// Defers in the loop body run when main's helper returns.
	func() {
		for v := range Take(Naturals(), 3) {
			defer fmt.Println("deferred", v)
		}
		fmt.Println("loop done")
	}()

	// Adapters over maps, keeping output ordered.
	ages := map[string]int{"ann": 31, "bob": 17, "cy": 45, "dee": 12}
	adults := slices.Sorted(Filter(maps.Keys(ages), func(k string) bool { return ages[k] >= 18 }))
	fmt.Println(adults)
	fmt.Println(slices.Sorted(Keys2(maps.All(ages))))
	upper := slices.Sorted(Map(maps.Keys(ages), strings.ToUpper))
	fmt.Println(upper)

	// Index and value from All.
	var sb strings.Builder
	for i, w := range slices.All(strings.Fields("go is fun")) {
		if i > 0 {
			sb.WriteString("-")
		}
		sb.WriteString(w)
	}
	fmt.Println(sb.String())
}
