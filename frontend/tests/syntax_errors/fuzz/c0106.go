package main

func f(a int, b) . { // ERROR "syntax error: missing parameter type"
	return a
}

func main() {}
