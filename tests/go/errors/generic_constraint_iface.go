package main

type Number interface{ ~int | ~float64 }

func K[T Number](x T) {}

var x Number // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func P(n Number) {} // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"

func main() {
	var n interface{ int } // ERROR "cannot use type interface\{int\} outside a type constraint: interface contains type constraints"
	K[Number](1)           // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	K(2.5)
	_ = n
}
