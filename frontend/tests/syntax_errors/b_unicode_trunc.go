package main

import "fmt"

var _ = fmt.Sprint

func main() {
	_ = "\u12"
}
