package main

func main() {
	x := 1 +
	y := 2 // ERROR "syntax error: unexpected := at end f statement"
}
