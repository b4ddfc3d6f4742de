package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var a []int = {1, 2}
	_ = a
}
