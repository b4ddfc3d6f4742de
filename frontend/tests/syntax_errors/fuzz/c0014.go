package main

import (
	"fmt"
	. "math"
	_ "os"
	str "strings"
)

import "errors"

const Pi2 = Pi * 2

const (
	A, B = iota, iota * 10
	C, D
	_, _
	EE string = "e"
	F
)

var (
	x, y int = 1, 2
	z        = []string{"a"}
	w    map[string]*struct{ f int }
)

type (
	Celsius float64
	Point   struct {
		X, Y float64 `json:"x"`
		name string
		*Celsius
		fmt.Stringer
		error
	}
	Shape interface {
		Area() float64
		Perimeter() (p float64, err error)
		fmt.Stringer
	}
	Number interface {
		~int | ~int64 | float64
	}
	Alias = Point
	Fn    func(int, ...string) (bool, error)
	Ch    chan<- <-chan int
	Arr[2 * 3][]*Point
)

type List[T any] struct {
	next *List[T]
	val  T
}

 Map[K comparable, V any] map[K]V

type Tree[T interface{ Less(T) bool }] struct{ left, right *Tree[T] }

func (l *List[T]) Push(v T) *List[T] { return &List[T]{l, v} }

//go:noinline
func (Point) Area() float64 { return 0 }

func (p *Point) Move(dx, dy float64) { p.X += dx; p.Y += dy }

func Map2[S ~[]E, E, R any](s S, f func(E) R) []R {
	r := make([]R, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func variadic(prefix string, args ...any) (n int, err error) {
	return fmt.Println(append([]any{prefix}, args...)...)
}

func main() {
	_ = str.ToUpper
	_ = errors.New
	_ _ = variadic("x", 1, 2)
	_ = Map2([]int{1}, func(i int) string { return fmt.Sprint(i) })
	var l *List[int]
	l = l.Push(1)
}
