package main

import "fmt"

type Number interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64
}

func Max[T Number](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Swap[T any](a, b T) (T, T) { return b, a }

func Identity[T any](x T) T { return x }

type Celsius float64
type MyInt int

func main() {
	// explicit type arguments
	fmt.Println(Max[int](3, 7))
	fmt.Println(Max[float64](2.5, -1))
	fmt.Println(Max[int8](-3, -7))
	// inferred
	fmt.Println(Max(10, 4))
	fmt.Println(Max(1.5, 0.5))
	// untyped constants of different kinds
	fmt.Println(Max(1, 2.5))
	fmt.Printf("%T\n", Max(1, 2.5))
	fmt.Printf("%T %v\n", Max(2, 'a'), Max(2, 'a'))
	// named types
	fmt.Println(Max(Celsius(20.5), 30))
	fmt.Printf("%T\n", Max(Celsius(20.5), 30))
	fmt.Printf("%T %v\n", Max(MyInt(3), MyInt(9)), Max(MyInt(3), MyInt(9)))
	var c Celsius = 12
	fmt.Printf("%T %v\n", Max(c, 11), Max(c, 11))

	fmt.Println(Sum(1, 2, 3, 4))
	fmt.Println(Sum(1.5, 2.25))
	fmt.Println(Sum[int]())
	fmt.Println(Sum([]float64{0.1, 0.2, 0.3}...))
	fmt.Printf("%T\n", Sum[int32](1, 2))

	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint("#", i) })
	fmt.Println(strs, len(strs))
	fmt.Printf("%q\n", strs)
	lens := Map(strs, func(s string) int { return len(s) })
	fmt.Println(lens)
	fmt.Println(Map[int, float64]([]int{1, 2}, func(i int) float64 { return float64(i) / 4 }))

	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Filter([]string{"a", "", "b"}, func(s string) bool { return s != "" }))
	fmt.Println(Filter([]int{1}, func(int) bool { return false }) == nil)

	total := Reduce([]int{1, 2, 3, 4}, 0, func(a, x int) int { return a + x })
	fmt.Println(total)
	joined := Reduce([]string{"x", "y", "z"}, "", func(a string, s string) string { return a + s + "," })
	fmt.Println(joined)
	cnt := Reduce([]float64{1, 2}, map[string]int{}, func(m map[string]int, f float64) map[string]int {
		m[fmt.Sprint(f)]++
		return m
	})
	fmt.Println(cnt)

	a, b := Swap("left", "right")
	fmt.Println(a, b)
	x, y := Swap[float64](1, 2)
	fmt.Println(x, y)
	p, q := Swap([]int{1}, nil)
	fmt.Println(p, q, q == nil)

	fmt.Println(Identity(42), Identity("s"), Identity[any](nil), Identity(struct{ A int }{7}))
	fmt.Printf("%T %T %T\n", Identity(42), Identity[any](3), Identity([2]bool{}))
}
