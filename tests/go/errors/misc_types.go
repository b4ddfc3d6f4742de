package main

import "fmt"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func main() {
	var s Shape = Sq{2} // ERROR "cannot use Sq\{…\} \(value of struct type Sq\) as Shape value in variable declaration: Sq does not implement Shape \(method Area has pointer receiver\)"
	x := 5
	x()                 // ERROR "invalid operation: cannot call x \(variable of type int\): int is not a function"
	if x {              // ERROR "non-boolean condition in if statement"
	}
	const c = 10
	c = 11              // ERROR "cannot assign to c \(neither addressable nor a map index expression\)"
	fmt.Println(s)
}
