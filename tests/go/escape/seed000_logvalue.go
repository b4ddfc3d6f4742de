// Seed 000, interfaces: a struct passed as `any` to a function that prints it.
package main

import "fmt"

func LogValue(v any) { // ERROR "leaking param: v$"
	fmt.Println(v) // ERROR "\.\.\. argument does not escape$"
}

func main() {
	s := struct{ Name string }{Name: "test"}
	LogValue(s) // ERROR "s escapes to heap$"
}
