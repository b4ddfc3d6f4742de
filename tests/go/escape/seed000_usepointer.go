// Seed 000, pitfalls: a pointer to a local that never leaves the function keeps the local
// in the frame (gc prints nothing for x).
package main

import "fmt"

func UsePointer() int {
	x := 42
	p := &x
	return *p
}

func main() {
	fmt.Println(UsePointer()) // ERROR "\.\.\. argument does not escape$" "UsePointer\(\) escapes to heap$"
}
