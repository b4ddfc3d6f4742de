package main

import "fmt"

var _ = fmt.Sprint

func main() {
	a, b := 1, 2
	a, b += 1, 2
}
