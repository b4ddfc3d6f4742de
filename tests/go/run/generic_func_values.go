package main

import (
	"fmt"
	"strconv"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Counter[T any]() (func(T), func() []T) {
	var seen []T
	return func(x T) { seen = append(seen, x) }, func() []T { return seen }
}

func Memo[K comparable, V any](f func(K) V) (func(K) V, *int) {
	cache := map[K]V{}
	misses := 0
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		misses++
		v := f(k)
		cache[k] = v
		return v
	}, &misses
}

func Curry[A, B, R any](f func(A, B) R) func(A) func(B) R {
	return func(a A) func(B) R {
		return func(b B) R { return f(a, b) }
	}
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T          { return b.v }
func (b *Box[T]) Set(v T)        { b.v = v }
func (b Box[T]) With(v T) Box[T] { b.v = v; return b }

func Apply[T any](fs []func(T) T, x T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func main() {
	f := Map[int, string]
	fmt.Println(f([]int{1, 2, 3}, strconv.Itoa))
	fmt.Printf("%T\n", f)
	g := Map[string, int]
	fmt.Println(g([]string{"a", "bb"}, func(s string) int { return len(s) }))

	itoa := Compose(func(i int) int { return i * 3 }, strconv.Itoa)
	fmt.Println(itoa(14) + "!")
	lenOfItoa := Compose(itoa, func(s string) int { return len(s) })
	fmt.Println(lenOfItoa(12345))
	fmt.Printf("%T\n", lenOfItoa)

	add, list := Counter[string]()
	add("x")
	add("y")
	fmt.Println(list(), len(list()))
	addF, listF := Counter[float64]()
	for i := 0; i < 3; i++ {
		addF(float64(i) / 2)
	}
	fmt.Println(listF())

	calls := 0
	var fib func(int) int
	fib, misses := Memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	f50 := fib(50)
	fmt.Println(f50, calls, *misses)

	sq, m2 := Memo(func(s string) string { return s + s })
	fmt.Println(sq("ab"), sq("ab"), sq("c"))
	fmt.Println(*m2)

	plus := Curry(func(a int, b float64) string { return fmt.Sprint(float64(a) + b) })
	fmt.Println(plus(1)(0.5), plus(2)(2))
	fmt.Printf("%T\n", plus)

	b := &Box[int]{1}
	get := b.Get
	set := b.Set
	set(5)
	fmt.Println(get(), b.Get())
	getM := Box[string].Get
	fmt.Println(getM(Box[string]{"method expr"}))
	setM := (*Box[string]).Set
	bs := Box[string]{}
	setM(&bs, "via expr")
	fmt.Println(bs.v, Box[int]{}.With(3).Get())
	fmt.Printf("%T %T\n", getM, setM)

	fs := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 10 },
	}
	fmt.Println(Apply(fs, 4))
	fmt.Println(Apply([]func(string) string{func(s string) string { return "<" + s + ">" }}, "t"))

	var fns []func() int
	for i := 0; i < 3; i++ {
		bx := Box[int]{i * i}
		fns = append(fns, bx.Get)
	}
	for _, fn := range fns {
		fmt.Print(fn(), " ")
	}
	fmt.Println()

	var mf func([]bool, func(bool) int) []int = Map[bool, int]
	fmt.Println(mf([]bool{true, false}, func(b bool) int {
		if b {
			return 1
		}
		return 0
	}))
}
