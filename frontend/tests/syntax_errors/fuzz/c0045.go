package main

func dup() 
}

func dup() {} // ERROR "dup redeclared in this block"

func main() {
	a := 1
	a := 2 // ERROR "no new variables on left side of :="
	var b int
	var b string // ERROR "b redeclared in this block"
	_, ! = a, b
map}
