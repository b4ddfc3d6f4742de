// A goroutine blocked sending on a channel that main then closes panics.
package main

import (
	"fmt"
	"time"
)

func main() {
	c := make(chan int)
	go func() {
		c <- 1
		c <- 2
	}()
	fmt.Println(<-c)
	time.Sleep(20 * time.Millisecond)
	close(c)
	time.Sleep(5 * time.Second)
}
