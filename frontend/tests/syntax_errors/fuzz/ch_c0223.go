package main

func main() {	switchx := 1 { // ERROR "syntax error: canno"t use x := 1 as value"
	}
}
