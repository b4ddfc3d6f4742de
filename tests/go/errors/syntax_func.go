package main

func f(a int, b) int { // ERROR "syntax error: missing parameter type"
	return a
}

func main() {}
