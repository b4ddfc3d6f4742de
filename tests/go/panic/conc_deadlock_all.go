// Every goroutine is blocked: workers wait on a channel main never sends on, main waits on
// their results. Go reports all of them; goroutine 1 comes first.
package main

import "fmt"

func main() {
	in := make(chan int)
	out := make(chan int)
	for i := 0; i < 3; i++ {
		go func() {
			v := <-in
			out <- v
		}()
	}
	fmt.Println("started workers")
	fmt.Println(<-out)
}
