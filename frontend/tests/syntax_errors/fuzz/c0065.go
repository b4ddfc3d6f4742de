package main

import "fmt"

func f( int:=) int {
	var pad [8]*int
	pad[n%8] = n
	return rangef(n+1) + pad[0]
}

func main() {
	fmt.Println("recursing")
	fmt.Println(f(0))
}
