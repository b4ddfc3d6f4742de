package main

import (
	"fmt"
	"strings"
)

type Number interface{ ~int | ~float64 }

func SumRec[T Number](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	return xs[0] + SumRec(xs[1:])
}

func QuickSort[T int | float64 | string](xs []T) []T {
	if len(xs) <= 1 {
		return xs
	}
	p := xs[0]
	var lo, hi []T
	for _, x := range xs[1:] {
		if x < p {
			lo = append(lo, x)
		} else {
			hi = append(hi, x)
		}
	}
	out := append(QuickSort(lo), p)
	return append(out, QuickSort(hi)...)
}

func Permutations[T any](xs []T) [][]T {
	if len(xs) == 0 {
		return [][]T{{}}
	}
	var out [][]T
	for i := range xs {
		rest := make([]T, 0, len(xs)-1)
		rest = append(rest, xs[:i]...)
		rest = append(rest, xs[i+1:]...)
		for _, p := range Permutations(rest) {
			out = append(out, append([]T{xs[i]}, p...))
		}
	}
	return out
}

// Mutual recursion between two generic functions.
func Even[T ~int](n T) bool {
	if n == 0 {
		return true
	}
	return Odd(n - 1)
}

func Odd[T ~int](n T) bool {
	if n == 0 {
		return false
	}
	return Even(n - 1)
}

type Tree[T any] struct {
	Val         T
	Left, Right *Tree[T]
}

func (t *Tree[T]) Depth() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.Depth(), t.Right.Depth())
}

func (t *Tree[T]) String() string {
	if t == nil {
		return "."
	}
	return fmt.Sprintf("(%v %v %v)", t.Left, t.Val, t.Right)
}

func Build[T any](xs []T) *Tree[T] {
	if len(xs) == 0 {
		return nil
	}
	m := len(xs) / 2
	return &Tree[T]{xs[m], Build(xs[:m]), Build(xs[m+1:])}
}

func MapTree[T, U any](t *Tree[T], f func(T) U) *Tree[U] {
	if t == nil {
		return nil
	}
	return &Tree[U]{f(t.Val), MapTree(t.Left, f), MapTree(t.Right, f)}
}

func Fold[T, A any](t *Tree[T], acc A, f func(A, T) A) A {
	if t == nil {
		return acc
	}
	acc = Fold(t.Left, acc, f)
	acc = f(acc, t.Val)
	return Fold(t.Right, acc, f)
}

// Nested instantiation through recursion on a different type argument
// (bounded: depth decreases).
func Nest[T any](x T, depth int) string {
	if depth == 0 {
		return fmt.Sprintf("%v", x)
	}
	return "[" + Nest(fmt.Sprint(x), depth-1) + "]"
}

type MyInt int

func Ackermann[T ~int | ~int64](m, n T) T {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return Ackermann(m-1, 1)
	}
	return Ackermann(m-1, Ackermann(m, n-1))
}

func main() {
	fmt.Println(SumRec([]int{1, 2, 3, 4}), SumRec([]float64{0.5, 0.25}), SumRec([]MyInt{5, 6}))
	fmt.Println(QuickSort([]int{5, 3, 9, 1, 5, 0}))
	fmt.Println(QuickSort([]string{"pear", "fig", "apple"}))
	fmt.Println(QuickSort([]float64{2.5, -1, 0}))
	for _, p := range Permutations([]string{"a", "b", "c"}) {
		fmt.Print(strings.Join(p, ""), " ")
	}
	fmt.Println()
	fmt.Println(len(Permutations([]int{1, 2, 3, 4, 5})), Permutations([]bool{true}))
	fmt.Println(Even(10), Odd(7), Even(MyInt(3)))

	t := Build([]int{1, 2, 3, 4, 5, 6, 7})
	fmt.Println(t, t.Depth())
	st := MapTree(t, func(i int) string { return strings.Repeat("x", i%3) })
	fmt.Println(st)
	fmt.Printf("%T\n", st)
	fmt.Println(Fold(t, 0, func(a, v int) int { return a + v }))
	fmt.Println(Fold(st, "", func(a, v string) string { return a + v + "|" }))
	var nilTree *Tree[float64]
	fmt.Println(nilTree, nilTree.Depth(), Fold(nilTree, 1.5, func(a, v float64) float64 { return a + v }))
	fmt.Println(Nest(42, 3), Nest(true, 1))
	fmt.Println(Ackermann(2, 3), Ackermann[int64](2, 2), Ackermann(MyInt(1), 1))
}
