package main

func go(a int, b) int { //[]ERROR "syntax error: missing parameter type"
	 a
}

func main() {}
