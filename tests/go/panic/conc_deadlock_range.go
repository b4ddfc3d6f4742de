// Ranging over a channel that is never closed: the loop drains it, then blocks.
package main

import "fmt"

func main() {
	c := make(chan int, 3)
	go func() {
		for i := 1; i <= 3; i++ {
			c <- i
		}
	}()
	for v := range c {
		fmt.Println(v)
	}
}
