package main

import (
	"fmt"
	"strconv"
)

type Number interface {
	~int | ~int64 | ~float64 | ~rune
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Pair[T any](a, b T) [2]T { return [2]T{a, b} }

func AppendTo[T any](xs []T, x ...T) []T { return append(xs, x...) }

type Stack[T any] struct{ items []T }

func Len[T any](s Stack[T]) int     { return len(s.items) }
func PushP[T any](s *Stack[T], x T) { s.items = append(s.items, x) }
func Items[T any](s *Stack[T]) []T  { return s.items }

type KV[K comparable, V any] struct {
	K K
	V V
}

func Keys[K comparable, V any](ps []KV[K, V]) []K {
	var out []K
	for _, p := range ps {
		out = append(out, p.K)
	}
	return out
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

func Two[A, B any](a A, b B) string { return fmt.Sprintf("%T,%T", a, b) }

func SumS[S ~[]E, E Number](s S) E {
	var t E
	for _, x := range s {
		t += x
	}
	return t
}

func Chain[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Scale[T ~float64 | ~int](x T) T { return x * 3 / 2 }

func Half[T ~float64](x T) T { return x * 0.5 }

func Kth[T Number](k T) T {
	const c = 4
	return T(c) * k
}

func FromMap[K comparable, V any](m map[K]V, k K) V { return m[k] }

func Call[A, R any](f func(A) R, a A) R { return f(a) }

type Meters float64
type Handler func(string) int

func Run[F ~func(string) int](f F, s string) int { return f(s) }

func main() {
	var f float64 = 2
	fmt.Println(Max(1, f), Max(f, 1))
	fmt.Printf("%T %v\n", Max('a', 1), Max('a', 1))
	fmt.Printf("%T %v\n", Max(1<<10, 2), Max(1<<10, 2))
	fmt.Printf("%T %v\n", Max(2.0, 1), Max(2.0, 1))
	fmt.Printf("%T %v\n", Max(Meters(1.5), 2), Max(3, Meters(1.5)))

	fmt.Printf("%T %v\n", Pair(1, 2.5), Pair(1, 2.5))
	fmt.Printf("%T\n", Pair(1, 'x'))
	var e error
	fmt.Printf("%T\n", Pair(e, nil))
	fmt.Println(AppendTo([]float64{0.5}, 1, 2), AppendTo([]string{}), AppendTo[int](nil))

	var s Stack[string]
	PushP(&s, "a")
	PushP(&s, "b")
	fmt.Println(Len(s), Items(&s))

	fmt.Println(Keys([]KV[string, int]{{"x", 1}, {"y", 2}}))
	fmt.Println(Keys([]KV[float64, []int]{{K: 2.5}}))

	fmt.Println(Must(strconv.Atoi("123")) + 1)
	fmt.Println(Must(strconv.ParseFloat("2.5", 64)) * 2)
	fmt.Println(Must(strconv.ParseBool("true")))

	fmt.Println(Two(1, "s"), Two(1.5, nil == e), Two(e, &s))

	fmt.Println(SumS([]int{1, 2, 3}), SumS([]float64{0.5, 0.25}), SumS([]rune("ab")))

	fmt.Println(Chain(2, func(x int) int { return x + 1 }, func(x int) int { return x * x }))
	fmt.Println(Chain("s"))

	fmt.Println(Scale(5), Scale(5.0), Scale(Meters(3)))
	fmt.Println(Half(3.0), Half(Meters(1)))
	fmt.Println(Kth(2), Kth(2.5), Kth(int64(-1)), Kth('a'))

	fmt.Println(FromMap(map[string][]int{"a": {1}}, "a"), FromMap(map[int]bool{}, 3))

	fmt.Println(Call(strconv.Itoa, 77), Call(func(s string) []byte { return []byte(s) }, "hi"))

	var h Handler = func(s string) int { return len(s) }
	fmt.Println(Run(h, "four"), Run(func(s string) int { return -len(s) }, "ab"))
}
