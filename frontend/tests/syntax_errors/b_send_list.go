package main

import "fmt"

var _ = fmt.Sprint

func main() {
	c := make(chan int)
	c, c <- 1
}
