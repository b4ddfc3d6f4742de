package main

import "strconv"

func one() int { return 1 }

func main() {
	a, b := one() // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	var c, d int = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	e := 1, 2 // ERROR "assignment mismatch: 1 variable but 2 values"
	n := strconv.Atoi("1") // ERROR "assignment mismatch: 1 variable but strconv.Atoi returns 2 values"
	_, _, _, _, _, _ = a, b, c, d, e, n
}
