package main

import (
	"fmt"
	"strings"
)

type Ints []int
type Names []string
type Scores map[string]int

func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	out := make(S, len(s))
	copy(out, s)
	return out
}

func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func Index[S ~[]E, E comparable](s S, v E) int {
	for i, x := range s {
		if x == v {
			return i
		}
	}
	return -1
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Last[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[len(s)-1], true
}

func Apply[S ~[]E, E any](s S, f func(E) E) S {
	out := make(S, 0, len(s))
	for _, e := range s {
		out = append(out, f(e))
	}
	return out
}

func (n Names) Join() string { return strings.Join(n, "+") }

func Ptr[P ~*T, T any](p P) T { return *p }

type IntPtr *int

func main() {
	xs := Ints{3, 1, 2}
	ys := Clone(xs)
	ys[0] = 99
	fmt.Println(xs, ys)
	fmt.Printf("%T %T\n", xs, ys)
	Reverse(ys)
	fmt.Println(ys)
	fmt.Println(Index(xs, 2), Index(xs, 42))

	names := Names{"ann", "bob", "cy"}
	up := Apply(names, strings.ToUpper)
	fmt.Println(up.Join())
	fmt.Printf("%T %v\n", up, up)
	fmt.Println(Index(names, "cy"))
	l, ok := Last(names)
	fmt.Println(l, ok)
	var empty Names
	l, ok = Last(empty)
	fmt.Printf("%q %v\n", l, ok)
	fmt.Println(Clone(empty) == nil)

	plain := []float64{1.5, 2.5}
	Reverse(plain)
	fmt.Println(plain, Index(plain, 1.5))
	fmt.Printf("%T\n", Clone(plain))

	sc := Scores{"a": 1, "b": 2, "c": 3}
	fmt.Println(Keys(sc), Keys(map[int]bool{1: true}))

	v := 5
	fmt.Println(Ptr(&v))
	var ip IntPtr = &v
	fmt.Println(Ptr(ip))

	fmt.Println(Clone[[]byte]([]byte("hey")))
	fmt.Println(string(Apply([]byte("abc"), func(b byte) byte { return b - 32 })))
}
