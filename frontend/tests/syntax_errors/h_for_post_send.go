package main

import "fmt"

var _ = fmt.Sprint

func main() {
	c := make(chan int)
	for i := 0; i < 1; c <- i {
	}
}
