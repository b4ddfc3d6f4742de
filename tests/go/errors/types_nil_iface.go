package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }

func show(s Shape) { fmt.Println(s.Area()) }

func main() {
	show(Rect{1, 2}) // ERROR "cannot use Rect\{…\} \(value of struct type Rect\) as Shape value in argument to show: Rect does not implement Shape \(missing method Perimeter\)"
	var s Shape = &Rect{} // ERROR "cannot use &Rect\{\} \(value of type \*Rect\) as Shape value in variable declaration: \*Rect does not implement Shape \(missing method Perimeter\)"
	r := s.(Rect) // ERROR "impossible type assertion: s\.\(Rect\)"
	_ = r
	var x int = nil // ERROR "cannot use nil as int value in variable declaration"
	_ = x
	var e error = "oops" // ERROR "cannot use \"oops\" \(constant of type string\) as error value in variable declaration: string does not implement error \(missing method Error\)"
	_ = e
	var y = nil // ERROR "use of untyped nil in variable declaration"
	_ = y
}
