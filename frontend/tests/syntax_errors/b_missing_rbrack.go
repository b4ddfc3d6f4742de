package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var a [3int
	_ = a
}
