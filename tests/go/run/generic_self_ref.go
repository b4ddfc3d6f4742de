package main

import "fmt"

// Go 1.26: a generic type may refer to itself in its own type parameter list.
type Adder[A Adder[A]] interface {
	Add(A) A
}

func Sum[A Adder[A]](xs ...A) A {
	var s A
	for _, x := range xs {
		s = s.Add(x)
	}
	return s
}

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }

type Node[N Node[N]] interface {
	Children() []N
}

type Dir struct {
	name string
	kids []Dir
}

func (d Dir) Children() []Dir { return d.kids }

func Count[N Node[N]](n N) int {
	c := 1
	for _, k := range n.Children() {
		c += Count(k)
	}
	return c
}

func main() {
	fmt.Println(Sum(Vec{1, 2}, Vec{3, 4}, Vec{5, 6}))
	fmt.Println(Count(Dir{"a", []Dir{{"b", nil}, {"c", []Dir{{"d", nil}}}}}))
}
