// Constants in report lines: gc prints the folded value of a constant argument, with
// numbers normalised (`100_000` prints `100000`, `0x10` prints `16`).
package main

import "fmt"

const Answer = 42
const Greeting = "hi"

type Weekday int

const Monday Weekday = 1

func main() {
	x := 10
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "10 escapes to heap$"
	fmt.Println(100_000) // ERROR "\.\.\. argument does not escape$" "100000 escapes to heap$"
	fmt.Println(0x10, 0o17, 1e3) // ERROR "\.\.\. argument does not escape$" "16 escapes to heap$" "15 escapes to heap$" "1000 escapes to heap$"
	fmt.Println(Answer, Greeting) // ERROR "\.\.\. argument does not escape$" "42 escapes to heap$" "\"hi\" escapes to heap$"
	fmt.Println(Answer * 2) // ERROR "\.\.\. argument does not escape$" "84 escapes to heap$"
	fmt.Println(Monday) // ERROR "\.\.\. argument does not escape$" "Weekday\(1\) escapes to heap$"
	fmt.Println('a', 'b'+1) // ERROR "\.\.\. argument does not escape$" "'a' escapes to heap$" "'c' escapes to heap$"
	fmt.Println(3.25, 1_000.5) // ERROR "\.\.\. argument does not escape$" "3\.25 escapes to heap$" "1000\.5 escapes to heap$"
	fmt.Println(true, false) // ERROR "\.\.\. argument does not escape$" "true escapes to heap$" "false escapes to heap$"
	fmt.Println(nil) // ERROR "\.\.\. argument does not escape$"
	y := 7
	y++
	fmt.Println(y) // ERROR "\.\.\. argument does not escape$" "y escapes to heap$"
	const local = 3
	fmt.Println(local + 1) // ERROR "\.\.\. argument does not escape$" "4 escapes to heap$"
	fmt.Println("a" + "b") // ERROR "\.\.\. argument does not escape$" "\"ab\" escapes to heap$"
	var z int64 = 5
	fmt.Println(z) // ERROR "\.\.\. argument does not escape$" "int64\(5\) escapes to heap$"
}
