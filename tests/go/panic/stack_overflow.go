package main

import "fmt"

// conformance: timeout=60

func f(n int) int {
	var pad [8]int
	pad[n%8] = n
	return f(n+1) + pad[0]
}

func main() {
	fmt.Println("recursing")
	fmt.Println(f(0))
}
