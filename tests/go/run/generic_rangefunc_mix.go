package main

import "fmt"

type Seq[V any] func(yield func(V) bool)
type Seq2[K, V any] func(yield func(K, V) bool)

func Count(n int) Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < n; i++ {
			if !yield(i) {
				fmt.Println("  (stopped at", i, ")")
				return
			}
		}
	}
}

func Enum[T any](xs []T) Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func find(xs []string, w string) (int, bool) {
	for i, x := range Enum(xs) {
		if x == w {
			return i, true
		}
	}
	return -1, false
}

func firstEven() (n int) {
	for v := range Count(10) {
		if v > 0 && v%2 == 0 {
			n = v
			return
		}
	}
	return 99
}

func Filter[T any](s Seq[T], f func(T) bool) Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func main() {
	for i := range Count(3) {
		fmt.Println("i", i)
	}
	for i := range Count(10) {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		fmt.Println("j", i)
	}
	fmt.Println(find([]string{"a", "b", "c"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
	fmt.Println(firstEven())
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
	sum := 0
	for v := range Filter(Count(20), func(x int) bool { return x%3 == 0 }) {
		sum += v
	}
	fmt.Println("sum", sum)
	var k int
	for k = range Count(5) {
	}
	fmt.Println("k", k)
	n := 0
	for range Count(4) {
		n++
	}
	fmt.Println("n", n)
	for _, s := range Enum([]string{"x", "y"}) {
		defer fmt.Println("deferred", s)
	}
	fs := []func(){}
	for i := range Count(3) {
		fs = append(fs, func() { fmt.Println("closure", i) })
	}
	for _, f := range fs {
		f()
	}
	fmt.Println("end")
}
