// gc prints an interface-conversion operand as its constant value when the variable is
// assigned exactly once from a constant (`x := 10` then `x` prints `10`), and by name
// otherwise (reassigned, address taken, parameters, globals, captured and changed).
package main

import "fmt"

var global = 3

type Celsius float64

func once() {
	x := 10
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "10 escapes to heap$"
}

func onceVar() {
	var x = 20
	var y int = 21
	var z int64 = 22
	fmt.Println(x, y, z) // ERROR "\.\.\. argument does not escape$" "20 escapes to heap$" "21 escapes to heap$" "int64\(22\) escapes to heap$"
}

func reassigned() {
	x := 30
	x = 31
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func incremented() {
	x := 40
	x++
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func addressTaken() {
	x := 50
	p := &x
	*p = 51
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func param(n int) {
	fmt.Println(n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func globalVar() {
	fmt.Println(global) // ERROR "\.\.\. argument does not escape$" "global escapes to heap$"
}

func namedType() {
	c := Celsius(36.6)
	fmt.Println(c) // ERROR "\.\.\. argument does not escape$" "Celsius\(36\.6\) escapes to heap$"
	fmt.Println(float64(c)) // ERROR "\.\.\. argument does not escape$" "float64\(c\) escapes to heap$"
}

func stringConst() {
	s := "text"
	fmt.Println(s) // ERROR "\.\.\. argument does not escape$" "\"text\" escapes to heap$"
	t := s + "!" // ERROR "s \+ \"!\" escapes to heap$"
	fmt.Println(t) // ERROR "\.\.\. argument does not escape$" "t escapes to heap$"
}

func fromCall() {
	n := len("abc")
	fmt.Println(n) // ERROR "\.\.\. argument does not escape$" "3 escapes to heap$"
}

func capturedReadOnly() {
	x := 60
	f := func() { fmt.Println(x) } // ERROR "func literal does not escape$" "\.\.\. argument does not escape$" "60 escapes to heap$"
	f()
}

func capturedChanged() {
	x := 70
	f := func() { x++ } // ERROR "func literal does not escape$"
	f()
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func branches(flag bool) {
	var x int
	if flag {
		x = 80
	} else {
		x = 81
	}
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func boolConst() {
	ok := true
	fmt.Println(ok, !ok) // ERROR "\.\.\. argument does not escape$" "true escapes to heap$" "!ok escapes to heap$"
}

func main() {
	once()
	onceVar()
	reassigned()
	incremented()
	addressTaken()
	param(1)
	globalVar()
	namedType()
	stringConst()
	fromCall()
	capturedReadOnly()
	capturedChanged()
	branches(true)
	boolConst()
}
