// Seed 001, dynamic types: an int handed to fmt through an interface parameter.
package main

import "fmt"

func PrintAny(v interface{}) { // ERROR "leaking param: v$"
	fmt.Println(v) // ERROR "\.\.\. argument does not escape$"
}

func main() {
	x := 10
	PrintAny(x) // ERROR "10 escapes to heap$"
	y := 11
	y *= 2
	PrintAny(y) // ERROR "y escapes to heap$"
}
