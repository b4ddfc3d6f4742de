package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var c chan<- <-chan<- int
	_ = c
}
