// A buffered channel fills up and the next send blocks forever.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	for i := 0; i < 4; i++ {
		fmt.Println("send", i, "len", len(c))
		c <- i
	}
}
