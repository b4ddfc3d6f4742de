package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }
type Big struct{ a [10]int }
type Tree struct {
	L, R *Tree
	V    int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.V + t.L.Sum() + t.R.Sum()
}

type V struct{ n int }

func (v V) M() int { return v.n }

const k = 10

type MyInt int

const mk MyInt = 5

var sink interface{}

func f(x interface{}) { sink = x }

func main() {
	x := 10
	fmt.Println(x)
	fmt.Println(k)
	fmt.Println(100_000, 0x10, 1.5, 1e10, "hi", 'a', true)
	f(mk)
	f(x + 1)
	f(&Point{1, 2})
	f(Point{X: 1})
	f(&Big{})
	f([]int{1, 2, 3})
	root := &Tree{}
	f(root.Sum())
	var v V
	f(v.M())
	s := "abc"
	f(s + "!")
	f([]byte(s))
	b := []byte(s)
	f(string(b))
	f(new(Point))
	n := 5
	f(make([]int, n))
	f(make(map[string]int))
	p := &Point{}
	f(p.X)
	a := []int{1, 2}
	f(a[1])
	f(a[1:])
	f(a[:n])
	f(func() int { return x })
	f(fmt.Sprint(x))
	f(strings.ToUpper(s))
	f(-x)
	f(*p)
	f(float64(x))
	f(MyInt(x))
	f(k * 2)
	f(mk + 1)
	f(x == 1)
	f(len(a))
	f(s[1])
	f(map[string]int{"a": 1})
	f([2]int{1, 2})
	f(struct{ A int }{1})
}
