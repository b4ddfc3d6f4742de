package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var x any
	_ = x.(type)
}
