// gc's expression printer: how the operands of interface conversions appear in report lines
// (selectors, index and slice expressions, unary and binary operators, conversions, calls,
// composite literals of named, anonymous and qualified types, method expressions).
package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

type Inner struct{ V int }

type Outer struct {
	Inner
	P *Point
}

func (p Point) Norm() int { return p.X*p.X + p.Y*p.Y }

func (p *Point) Scale(k int) *Point { return &Point{p.X * k, p.Y * k} } // ERROR "p does not escape$" "&Point\{\.\.\.\} escapes to heap$"

func (in Inner) Get() int { return in.V }

func pair() (int, string) { return 1, "one" }

func main() {
	p := Point{1, 2} // ERROR "moved to heap: p$"
	pp := &p
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	m := map[string]int{"a": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	str := "hello"
	o := Outer{P: pp}
	var iface any = p // ERROR "p escapes to heap$"
	fmt.Println(p.X, pp.Y, s[1], m["a"], str[1:3], s[:2]) // ERROR "\.\.\. argument does not escape$" "p\.X escapes to heap$" "pp\.Y escapes to heap$" "s\[1\] escapes to heap$" "m\[\"a\"\] escapes to heap$" "str\[1:3\] escapes to heap$" "s\[:2\] escapes to heap$"
	fmt.Println(-p.X, !true, ^p.Y, p.X+p.Y*2, (p.X+p.Y)*2, p.X<<1, p.X%2 == 0) // ERROR "\.\.\. argument does not escape$" "-p\.X escapes to heap$" "false escapes to heap$" "\^p\.Y escapes to heap$" "p\.X \+ p\.Y \* 2 escapes to heap$" "\(p\.X \+ p\.Y\) \* 2 escapes to heap$" "p\.X << uint\(1\) escapes to heap$" "p\.X % 2 == 0 escapes to heap$"
	fmt.Println(*pp, &p, pp.Scale(2), p.Norm(), o.Get(), o.Inner.V, o.P.X) // ERROR "\.\.\. argument does not escape$" "\*pp escapes to heap$" "Point\.Norm\(p\) escapes to heap$" "Inner\.Get\(o\.Inner\) escapes to heap$" "o\.Inner\.V escapes to heap$" "o\.P\.X escapes to heap$"
	fmt.Println(float64(p.X), string(rune(65)), []byte(str), int8(p.Y), uint(len(s))) // ERROR "\.\.\. argument does not escape$" "float64\(p\.X\) escapes to heap$" "\"A\" escapes to heap$" "\(\[\]byte\)\(str\) escapes to heap$" "\(\[\]byte\)\(str\) escapes to heap$" "int8\(p\.Y\) escapes to heap$" "uint\(len\(s\)\) escapes to heap$"
	fmt.Println(Point{3, 4}, &Point{5, 6}, []int{7}, map[int]bool{}, [2]int{}, struct{ A int }{1}) // ERROR "\.\.\. argument does not escape$" "Point\{\.\.\.\} escapes to heap$" "&Point\{\.\.\.\} escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$" "map\[int\]bool\{\} escapes to heap$" "\[2\]int\{\} escapes to heap$" "struct \{ A int \}\{\.\.\.\} escapes to heap$"
	fmt.Println(strings.ToUpper(str), len(str), cap(s), strings.Builder{}) // ERROR "\.\.\. argument does not escape$" "strings\.ToUpper\(str\) escapes to heap$" "len\(str\) escapes to heap$" "cap\(s\) escapes to heap$" "strings\.Builder\{\} escapes to heap$"
	fmt.Println(iface, iface.(Point), func() {}, pair) // ERROR "\.\.\. argument does not escape$" "iface\.\(Point\) escapes to heap$" "func literal escapes to heap$"
	fmt.Println(str + "!", str == "x", p != Point{}, s[len(s)-1]) // ERROR "\.\.\. argument does not escape$" "str \+ \"!\" escapes to heap$" "str \+ \"!\" escapes to heap$" "str == \"x\" escapes to heap$" "p != Point\{\} escapes to heap$" "s\[len\(s\) - 1\] escapes to heap$"
	fmt.Println(Point.Norm(p), (*Point).Scale(pp, 3)) // ERROR "\.\.\. argument does not escape$" "Point\.Norm\(p\) escapes to heap$"
	a, b := pair()
	fmt.Println(a, b) // ERROR "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"
	var arr [3]string
	fmt.Println(arr[0], arr) // ERROR "\.\.\. argument does not escape$" "arr\[0\] escapes to heap$" "arr escapes to heap$"
	ch := make(chan int, 1)
	ch <- 1
	fmt.Println(<-ch, complex(1, 2), real(2i), 1<<10, 'x', "x"+"y") // ERROR "\.\.\. argument does not escape$" "<-ch escapes to heap$" "\(1 \+ 2i\) escapes to heap$" "0 escapes to heap$" "1024 escapes to heap$" "'x' escapes to heap$" "\"xy\" escapes to heap$"
}
