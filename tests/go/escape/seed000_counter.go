// Seed 000, closures: a counter captured by a returned closure and incremented by it lives
// on the heap, and so does the closure.
package main

import "fmt"

func MakeCounter() func() int {
	count := 0 // ERROR "moved to heap: count$"
	return func() int { // ERROR "func literal escapes to heap$"
		count++
		return count
	}
}

func main() {
	counter := MakeCounter()
	fmt.Println(counter()) // ERROR "\.\.\. argument does not escape$" "counter\(\) escapes to heap$"
	fmt.Println(counter()) // ERROR "\.\.\. argument does not escape$" "counter\(\) escapes to heap$"
}
