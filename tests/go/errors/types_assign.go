package main

type P struct{ X int }
type MyInt int

func f(a int, b string) int { return a }

func g() (int, error) { return 0, nil }

func main() {
	var x int
	var s string = x // ERROR "cannot use x \(variable of type int\) as string value in variable declaration"
	var p P
	var q int = p // ERROR "cannot use p \(variable of struct type P\) as int value in variable declaration"
	var m MyInt
	s = m // ERROR "cannot use m \(variable of int type MyInt\) as string value in assignment"
	a, b := f(1, "") // ERROR "assignment mismatch: 2 variables but f returns 1 value"
	c := g() // ERROR "assignment mismatch: 1 variable but g returns 2 values"
	var z int8 = 300 // ERROR "cannot use 300 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	_, _, _, _, _, _ = s, q, a, b, c, z
}
