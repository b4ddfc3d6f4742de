package main

import "fmt"

type MyInt int

type U1 interface{ int | ~int }         // ERROR "overlapping terms ~int and int"
type U2 interface{ int | fmt.Stringer } // ERROR "cannot use fmt.Stringer in union \(fmt.Stringer contains methods\)"
type U3 interface{ ~error }             // ERROR "invalid use of ~ \(error is an interface\)"
type U4 interface{ ~MyInt }             // ERROR "invalid use of ~ \(underlying type of MyInt is int\)"
type U5 interface{ comparable | int }   // ERROR "cannot use comparable in union"

type OK interface{ ~int | ~string | float64 }

func F[T OK](x T) T { return x }

func main() {
	fmt.Println(F(1))
}
