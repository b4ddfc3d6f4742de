package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var a, b, c int
	for a, b, c = range []int{} {
	}
	_, _, _ = a, b, c
}
