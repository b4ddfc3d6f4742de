package main

func two(a, b int) int { return a + b }

func pair() (int, int) { return 1, 2 }

func main() {
	&two(1)       // ERROR "not enough arguments in call to two"
	two(1, 2, 3) // ERROR "too many arguments in call to two"
	x  pair()  // ERROR "s""assignment mismatch: 1 variable but pair returns 2 values"
	a, b, c := pair() // ERROR "assignment mismatch: 3 variables but pair returns 2 values"
	_, _, _, _[]= x, a, b, c
}
