package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

type Seq2[K, V any] func(yield func(K, V) bool)

func Values[T any](xs ...T) Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

func Enumerate[T any](s Seq[T]) Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		s(func(v T) bool {
			ok := yield(i, v)
			i++
			return ok
		})
	}
}

// Return from inside a range-over-func loop in generic code.
func IndexOf[T comparable](s Seq[T], x T) int {
	for i, v := range Enumerate(s) {
		if v == x {
			return i
		}
	}
	return -1
}

// Labeled break and continue across nested range-over-func loops.
func Pairs[T any](a, b Seq[T], stop func(T, T) bool, skip func(T) bool) []string {
	var out []string
outer:
	for x := range a {
		if skip(x) {
			continue outer
		}
		for y := range b {
			if stop(x, y) {
				break outer
			}
			if skip(y) {
				continue outer
			}
			out = append(out, fmt.Sprint(x, y))
		}
	}
	return out
}

// A panic in the body propagates out through the iterator.
func Safe[T any](s Seq[T], bad T, eq func(a, b T) bool) (n int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("stopped at %v: %v", bad, r)
		}
	}()
	for v := range s {
		if eq(v, bad) {
			panic("bad element")
		}
		n++
	}
	return n, nil
}

type Tree[T any] struct {
	L, R *Tree[T]
	V    T
}

func (t *Tree[T]) All() Seq[T] {
	return func(yield func(T) bool) { t.walk(yield) }
}

func (t *Tree[T]) walk(yield func(T) bool) bool {
	if t == nil {
		return true
	}
	return t.L.walk(yield) && yield(t.V) && t.R.walk(yield)
}

func main() {
	fmt.Println(IndexOf(Values("a", "b", "c"), "c"), IndexOf(Values(1, 2), 5))
	fmt.Println(Pairs(Values(1, 2, 3, 4), Values(10, 20, 30),
		func(x, y int) bool { return x == 4 },
		func(v int) bool { return v == 2 || v == 30 }))
	fmt.Println(Safe(Values(1, 2, 3), 2, func(a, b int) bool { return a == b }))
	fmt.Println(Safe(Values("p"), "q", func(a, b string) bool { return a == b }))

	t := &Tree[string]{V: "m", L: &Tree[string]{V: "c", R: &Tree[string]{V: "f"}}, R: &Tree[string]{V: "t"}}
	for v := range t.All() {
		fmt.Print(v, " ")
		if v == "m" {
			break
		}
	}
	fmt.Println()
	total := ""
	for v := range t.All() {
		total += v
	}
	fmt.Println(total)
}
