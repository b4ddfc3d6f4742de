package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var a []any
	fmt.Println(a..., 1)
}
