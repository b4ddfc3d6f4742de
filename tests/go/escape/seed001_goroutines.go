// Seed 001, closures and goroutines: a string captured by a goroutine's closure, a loop
// variable captured per iteration (Go 1.22 semantics), and the loop variable passed as an
// argument instead.
package main

import (
	"fmt"
	"time"
)

func main() {
	message := "Hello, Goroutines!"
	go func() { // ERROR "func literal escapes to heap$"
		fmt.Println("Goroutine message:", message) // ERROR "\.\.\. argument does not escape$" "\"Goroutine message:\" escapes to heap$" "\"Hello, Goroutines!\" escapes to heap$"
	}()

	fmt.Println("\nLoop variable demonstration:") // ERROR "\.\.\. argument does not escape$" "\"\\nLoop variable demonstration:\" escapes to heap$"
	data := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	for i := range data {
		go func() { // ERROR "func literal escapes to heap$"
			fmt.Printf("Value is: %d\n", i) // ERROR "\.\.\. argument does not escape$" "i escapes to heap$"
		}()
	}
	time.Sleep(100 * time.Millisecond)

	fmt.Println("\nFixed loop variable demonstration:") // ERROR "\.\.\. argument does not escape$" "\"\\nFixed loop variable demonstration:\" escapes to heap$"
	for i := range data {
		go func(val int) { // ERROR "func literal escapes to heap$"
			fmt.Printf("Value is: %d\n", val) // ERROR "\.\.\. argument does not escape$" "val escapes to heap$"
		}(i)
	}
	time.Sleep(100 * time.Millisecond)
}
