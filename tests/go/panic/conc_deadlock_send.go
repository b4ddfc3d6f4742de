// main sends on an unbuffered channel nobody receives from: deadlock.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("sending")
	c <- 1
	fmt.Println("never")
}
