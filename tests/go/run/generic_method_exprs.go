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

// Method expressions and method values on type parameters.
func Strings[T fmt.Stringer](xs []T) []string { return Map(xs, T.String) }

func Bound[T fmt.Stringer](x T) func() string { return x.String }

type Shape interface {
	Area() float64
	Scale(float64) Shape
}

func Areas[S Shape](xs []S) []float64 { return Map(xs, S.Area) }

func ScaleAll[S Shape](xs []S, k float64) []Shape {
	out := make([]Shape, len(xs))
	for i, x := range xs {
		f := x.Scale
		out[i] = f(k)
	}
	return out
}

type ID int

func (i ID) String() string { return "#" + strconv.Itoa(int(i)) }

type Sq struct{ s float64 }

func (q Sq) Area() float64         { return q.s * q.s }
func (q Sq) Scale(k float64) Shape { return Sq{q.s * k} }

type Circ struct{ r float64 }

func (c *Circ) Area() float64         { return 3 * c.r * c.r }
func (c *Circ) Scale(k float64) Shape { return &Circ{c.r * k} }

type Apply[T any] interface {
	Do(T) T
}

type Inc int

func (i Inc) Do(x int) int { return x + int(i) }

func RunAll[A Apply[T], T any](as []A, x T) T {
	for _, a := range as {
		x = A.Do(a, x)
	}
	return x
}

func main() {
	fmt.Println(Strings([]ID{1, 2, 30}))
	f := Bound(ID(7))
	fmt.Println(f())
	var st fmt.Stringer = ID(8)
	fmt.Println(Bound(st)())
	fmt.Println(Areas([]Sq{{1}, {2.5}}))
	fmt.Println(Areas([]*Circ{{1}, {2}}))
	fmt.Println(Areas([]Shape{Sq{3}, &Circ{1}}))
	for _, s := range ScaleAll([]Sq{{1}, {2}}, 3) {
		fmt.Printf("%T %v\n", s, s.Area())
	}
	for _, s := range ScaleAll([]*Circ{{1}}, 2) {
		fmt.Printf("%T %v\n", s, s.Area())
	}
	fmt.Println(RunAll[Inc, int]([]Inc{1, 2, 3}, 10))
}
