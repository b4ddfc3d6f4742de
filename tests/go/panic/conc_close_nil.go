// Closing a nil channel panics.
package main

import "fmt"

func main() {
	var c chan int
	fmt.Println("closing nil")
	close(c)
}
