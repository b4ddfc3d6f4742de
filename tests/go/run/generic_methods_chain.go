package main

import (
	"fmt"
	"strings"
)

type Vec[T any] struct{ items []T }

func Of[T any](xs ...T) Vec[T] { return Vec[T]{append([]T(nil), xs...)} }

func (v Vec[T]) Append(xs ...T) Vec[T] {
	out := make([]T, 0, len(v.items)+len(xs))
	out = append(out, v.items...)
	return Vec[T]{append(out, xs...)}
}

func (v Vec[T]) Filter(keep func(T) bool) Vec[T] {
	var out Vec[T]
	for _, x := range v.items {
		if keep(x) {
			out.items = append(out.items, x)
		}
	}
	return out
}

func (v Vec[T]) Reverse() Vec[T] {
	n := len(v.items)
	out := Vec[T]{make([]T, n)}
	for i, x := range v.items {
		out.items[n-1-i] = x
	}
	return out
}

func (v Vec[T]) Each(f func(int, T)) Vec[T] {
	for i, x := range v.items {
		f(i, x)
	}
	return v
}

func (v *Vec[T]) PushP(x T) *Vec[T] {
	v.items = append(v.items, x)
	return v
}

func (v Vec[T]) Len() int { return len(v.items) }

func Pairs[T any](v Vec[T]) Vec[Pair[int, T]] {
	var out Vec[Pair[int, T]]
	for i, x := range v.items {
		out.items = append(out.items, Pair[int, T]{i, x})
	}
	return out
}

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

func MapVec[T, U any](v Vec[T], f func(T) U) Vec[U] {
	out := Vec[U]{make([]U, len(v.items))}
	for i, x := range v.items {
		out.items[i] = f(x)
	}
	return out
}

type Builder[T any] struct {
	parts []T
	sep   string
}

func (b *Builder[T]) Add(x T) *Builder[T]      { b.parts = append(b.parts, x); return b }
func (b *Builder[T]) Sep(s string) *Builder[T] { b.sep = s; return b }
func (b Builder[T]) String() string {
	ss := make([]string, len(b.parts))
	for i, p := range b.parts {
		ss[i] = fmt.Sprint(p)
	}
	return strings.Join(ss, b.sep)
}

func main() {
	v := Of(1, 2, 3, 4, 5, 6)
	w := v.Append(7, 8).Filter(func(i int) bool { return i%2 == 0 }).Reverse()
	fmt.Println(v.items, w.items, w.Len())
	w.Each(func(i, x int) { fmt.Print(i, ":", x, " ") }).Each(func(int, int) {})
	fmt.Println()

	var pv Vec[string]
	pv.PushP("a").PushP("b").PushP("c")
	fmt.Println(pv.items, pv.Reverse().items)

	pairs := Pairs(Of("x", "y"))
	fmt.Printf("%T\n", pairs)
	fmt.Printf("%+v\n", pairs.items)
	sw := pairs.items[1].Swap()
	fmt.Printf("%T %+v\n", sw, sw)
	fmt.Printf("%T\n", sw.Swap().Swap())

	lens := MapVec(Of("one", "three", "seven"), func(s string) int { return len(s) })
	fmt.Printf("%T %v\n", lens, lens.items)
	nested := MapVec(lens, func(n int) Vec[int] { return Of(n, n*n) })
	fmt.Printf("%T %v\n", nested, nested)

	b := &Builder[float64]{}
	b.Add(1.5).Add(2).Sep(" + ").Add(3.25)
	fmt.Println(b.String())
	fmt.Println(b)
	fmt.Println(*b)
	var s fmt.Stringer = Builder[bool]{parts: []bool{true, false}, sep: ","}
	fmt.Println(s)
	fmt.Printf("%v %s %T\n", s, s, s)
}
