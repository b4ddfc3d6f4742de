// A select whose channels never become ready, no default: deadlock.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan string)
	fmt.Println("selecting")
	select {
	case v := <-a:
		fmt.Println(v)
	case b <- "x":
		fmt.Println("sent")
	}
}
