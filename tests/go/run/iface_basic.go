package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64       { return r.W * r.H }
func (r Rect) Perimeter() float64  { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type Named interface{ Name() string }

type Both interface {
	Shape
	Named
}

type Square struct{ Rect }

func (Square) Name() string { return "square" }

func describe(s Shape) string {
	return fmt.Sprintf("%T area=%.2f perim=%.2f", s, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, Square{Rect{2, 2}}}
	total := 0.0
	for _, s := range shapes {
		fmt.Println(describe(s))
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	var b Both = Square{Rect{5, 5}}
	fmt.Println(b.Name(), b.Area())
	var s Shape = b
	fmt.Println(s.Perimeter())
	var e interface{} = 42
	var e2 interface{} = 42
	fmt.Println(e == e2, e != "42")
	var a1, a2 Shape = Rect{1, 2}, Rect{1, 2}
	fmt.Println(a1 == a2)
	c := &Circle{2}
	var p1, p2 Shape = c, c
	fmt.Println(p1 == p2, p1 == Shape(&Circle{2}))
	var none Shape
	fmt.Println(none == nil)
	fmt.Printf("%v %T\n", none, none)
	any1 := []any{1, "s", 2.5, nil, Rect{1, 1}, []int{1}}
	fmt.Println(any1...)
}
