package main

import "fmt"

type Ordered interface {
	~int | ~int8 | ~uint | ~float32 | ~float64 | ~string
}

func Clamp[T Ordered](x, lo, hi T) T { return max(lo, min(x, hi)) }

func Clear[M ~map[K]V, K comparable, V any](m M) int {
	n := len(m)
	clear(m)
	return n - len(m)
}

func ClearS[S ~[]E, E any](s S) S { clear(s); return s }

func ChanInfo[T any](c chan T) (int, int) { return len(c), cap(c) }

func CloseAll[T any](cs ...chan T) {
	for _, c := range cs {
		close(c)
	}
}

func Grow[S ~[]E, E any](s S, n int) S {
	if cap(s)-len(s) < n {
		ns := make(S, len(s), len(s)+n)
		copy(ns, s)
		return ns
	}
	return s
}

func NewOf[T any]() *T { return new(T) }

type Meters float64

func main() {
	fmt.Println(Clamp(15, 0, 10), Clamp(-2.5, -1, 1), Clamp("m", "a", "k"), Clamp(int8(5), 1, 9), Clamp(Meters(3), 4, 5))
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(Clear(m), len(m))
	fmt.Println(ClearS([]string{"x", "y"}), ClearS([]int{1, 2}))
	c := make(chan string, 3)
	c <- "a"
	fmt.Println(ChanInfo(c))
	d := make(chan int)
	CloseAll(d)
	v, ok := <-d
	fmt.Println(v, ok)
	g := Grow([]int{1, 2}, 10)
	fmt.Println(len(g), cap(g) >= 12, g)
	p := NewOf[[3]string]()
	p[1] = "mid"
	fmt.Printf("%q %T\n", *p, NewOf[map[int]bool]())
}
