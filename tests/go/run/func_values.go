package main

import (
	"fmt"
	"strings"
)

type Op func(a, b int) int

func apply(op Op, a, b int) int { return op(a, b) }

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	ops := map[string]Op{"add": add, "sub": sub, "mul": func(a, b int) int { return a * b }}
	for _, k := range []string{"add", "sub", "mul"} {
		fmt.Println(k, apply(ops[k], 7, 3))
	}
	var nilf func()
	fmt.Println(nilf == nil)
	up := strings.ToUpper
	fmt.Println(up("hi"))
	p := Point{1, 2}
	mv := p.Add
	p.X = 100
	fmt.Println(mv(Point{10, 10}))
	sc := p.Scale
	sc(2)
	fmt.Println(p)
	me := Point.Add
	fmt.Println(me(Point{1, 1}, Point{2, 2}))
	pe := (*Point).Scale
	pe(&p, 3)
	fmt.Println(p)
	str := Point.String
	fmt.Println(str(Point{5, 6}))
	fs := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * x }}
	v := 3
	for _, f := range fs {
		v = f(v)
	}
	fmt.Println(v)
	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", me)
}
