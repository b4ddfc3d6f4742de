package main

import "fmt"

type Op func(int, int) int

type Num interface {
	Value() int
}

type N int

func (n N) Value() int { return int(n) }

func main() {
	var op Op = func(a, b int) int { return a + b }
	fmt.Println(op(1, 2, 3)) // ERROR "too many arguments in call to op"
	var n Num = N(1)
	fmt.Println(n.Value(1)) // ERROR "too many arguments in call to n\.Value"
	var k N = 5
	var i int = k // ERROR "cannot use k \(variable of int type N\) as int value in variable declaration"
	fmt.Println(i + k) // ERROR "invalid operation: i \+ k \(mismatched types int and N\)"
	ptr := &k
	fmt.Println(ptr + 1) // ERROR "invalid operation: ptr \+ 1 \(mismatched types \*N and untyped int\)"
	var f32 float32 = 1
	var f64 float64 = f32 // ERROR "cannot use f32 \(variable of type float32\) as float64 value in variable declaration"
	fmt.Println(f64)
}
