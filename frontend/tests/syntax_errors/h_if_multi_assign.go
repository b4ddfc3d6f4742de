package main

import "fmt"

var _ = fmt.Sprint

func main() {
	x, y := 1, 2
	if x, y = y, x {
	}
}
