package main

import "fmt"

var _ = fmt.Sprint

func main() {
	c := make(chan int)
	if c <- 1 {
	}
}
