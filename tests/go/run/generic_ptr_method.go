package main

import (
	"fmt"
	"strings"
)

// Partial explicit instantiation: To given, From inferred.
func Convert[To, From ~int | ~float64 | ~int32](x From) To { return To(x) }

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Update[T any](p *T, f func(T) T) { *p = f(*p) }

func SwapP[T any](a, b *T) { *a, *b = *b, *a }

type Counter[T ~int] struct{ n T }

func (c *Counter[T]) Inc() T { c.n++; return c.n }

func IncAll[T ~int](cs []*Counter[T]) {
	for _, c := range cs {
		c.Inc()
	}
}

func main() {
	fmt.Println(Convert[float64](3), Convert[int](2.9), Convert[int32, float64](7.5))
	fmt.Printf("%T %T\n", Convert[float64](3), Convert[int](int32(2)))

	ip := Ptr(10)
	sp := Ptr("s")
	fmt.Println(*ip, *sp, Deref(ip, 0), Deref[int](nil, -1), Deref((*string)(nil), "def"))
	Update(ip, func(x int) int { return x * 3 })
	Update(sp, strings.ToUpper)
	fmt.Println(*ip, *sp)
	x, y := 1, 2
	SwapP(&x, &y)
	fmt.Println(x, y)
	pa, pb := Ptr([]int{1}), Ptr([]int{2, 3})
	SwapP(pa, pb)
	fmt.Println(*pa, *pb)
	pp := Ptr(ip)
	**pp = 99
	fmt.Println(*ip)
	fmt.Printf("%T %T\n", pp, Ptr(Ptr(1.5)))

	cs := []*Counter[int]{{}, {n: 10}}
	IncAll(cs)
	IncAll(cs[1:])
	fmt.Println(cs[0].n, cs[1].n)
	var c Counter[int]
	inc := c.Inc
	inc()
	inc()
	fmt.Println(c.n)
	arr := [3]Counter[int]{}
	for i := range arr {
		for j := 0; j <= i; j++ {
			arr[i].Inc()
		}
	}
	fmt.Println(arr)
	m := map[string]*Counter[int]{"a": {}}
	m["a"].Inc()
	fmt.Println(m["a"].n)
}
