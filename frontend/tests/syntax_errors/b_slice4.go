package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var a []int
	_ = a[1:2:3:4]
}
