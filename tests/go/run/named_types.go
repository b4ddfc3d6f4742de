package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func CToF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

type StrSet map[string]struct{}

func (s StrSet) Add(v string)      { s[v] = struct{}{} }
func (s StrSet) Has(v string) bool { _, ok := s[v]; return ok }
func (s StrSet) Sorted() []string {
	out := make([]string, 0, len(s))
	for k := range s {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

type Path []string

func (p Path) String() string { return "/" + strings.Join(p, "/") }

type Point struct{ X, Y int }
type Vec struct{ X, Y int }

type Alias = Point

type Op func(int) int

func (o Op) Then(n Op) Op { return func(x int) int { return n(o(x)) } }

type Bits uint8

func (b Bits) Has(f Bits) bool { return b&f != 0 }

func main() {
	c := Celsius(100)
	fmt.Println(CToF(c), CToF(-40), Celsius(37)+0.5)
	fmt.Printf("%T %T\n", c, CToF(c))
	s := StrSet{}
	s.Add("b")
	s.Add("a")
	s.Add("b")
	fmt.Println(s.Has("a"), s.Has("z"), s.Sorted(), len(s))
	p := Path{"usr", "local", "bin"}
	fmt.Println(p, p[1:], len(p))
	fmt.Printf("%v %s %d\n", p, p, len(p))
	pt := Point{1, 2}
	v := Vec(pt)
	v.X = 10
	fmt.Println(pt, v)
	var a Alias = pt
	fmt.Printf("%T %v %v\n", a, a, a == pt)
	inc := Op(func(x int) int { return x + 1 })
	dbl := Op(func(x int) int { return x * 2 })
	fmt.Println(inc.Then(dbl)(5), dbl.Then(inc)(5))
	var b Bits = 0b101
	fmt.Println(b.Has(1), b.Has(2), b.Has(4), b)
	type local struct{ n int }
	ls := []local{{1}, {2}}
	fmt.Printf("%v %T\n", ls, ls)
	var i interface{} = c
	_, isF := i.(float64)
	_, isC := i.(Celsius)
	fmt.Println(isF, isC)
	type MyByte = byte
	var mb MyByte = 'x'
	fmt.Printf("%T %v\n", mb, mb)
}
