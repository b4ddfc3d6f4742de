package main

import (
	"fmt"
	"strings"
)

// Local stand-ins for iter.Seq and iter.Seq2.
type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) { l.head = &node[T]{v, l.head}; l.size++ }

// All yields the elements front to back.
func (l *List[T]) All() Seq[T] {
	return func(yield func(T) bool) {
		for n := l.head; n != nil; n = n.next {
			if !yield(n.v) {
				return
			}
		}
	}
}

// Indexed yields index/value pairs.
func (l *List[T]) Indexed() Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range l.All() {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Filter[T any](seq Seq[T], keep func(T) bool) Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](seq Seq[T], f func(T) U) Seq[U] {
	return func(yield func(U) bool) {
		for v := range seq {
			if !yield(f(v)) {
				return
			}
		}
	}
}

func Take[T any](seq Seq[T], n int) Seq[T] {
	return func(yield func(T) bool) {
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

func Naturals[T ~int | ~int64]() Seq[T] {
	return func(yield func(T) bool) {
		for i := T(0); ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func Collect[T any](seq Seq[T]) []T {
	var out []T
	for v := range seq {
		out = append(out, v)
	}
	return out
}

func Find[T comparable](seq Seq[T], target T) (idx int, found bool) {
	i := 0
	for v := range seq {
		if v == target {
			return i, true
		}
		i++
	}
	return -1, false
}

func main() {
	var l List[string]
	for _, w := range strings.Fields("delta charlie bravo alpha") {
		l.Push(w)
	}
	for v := range l.All() {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range l.Indexed() {
		if i == 2 {
			break
		}
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()

	long := Filter(l.All(), func(s string) bool { return len(s) > 5 })
	fmt.Println(Collect(long))
	lens := Map(l.All(), func(s string) int { return len(s) })
	fmt.Println(Collect(lens))
	fmt.Println(Collect(Take(Map(Naturals[int](), func(i int) int { return i * i }), 6)))
	evens := Filter(Naturals[int64](), func(i int64) bool { return i%2 == 0 })
	fmt.Println(Collect(Take(evens, 4)))
	fmt.Println(Find(l.All(), "bravo"))
	fmt.Println(Find(Take(Naturals[int](), 10), 42))

}
