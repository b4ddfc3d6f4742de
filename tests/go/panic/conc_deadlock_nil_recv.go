// Receiving from a nil channel blocks forever.
package main

import "fmt"

func main() {
	var c chan string
	fmt.Println("nil channel:", c == nil)
	fmt.Println(<-c)
}
