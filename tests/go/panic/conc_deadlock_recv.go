// main receives from an unbuffered channel nobody sends on: deadlock.
package main

import "fmt"

func main() {
	c := make(chan int)
	fmt.Println("waiting")
	fmt.Println(<-c)
}
