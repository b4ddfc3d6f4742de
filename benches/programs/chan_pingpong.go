// 500,000 round trips between two goroutines over two unbuffered channels: the cost of a
// blocking handoff (park, wake, switch) in each direction.
package main

import "fmt"

func main() {
	const rounds = 500_000
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	<-pong
	fmt.Println(rounds, "round trips, sum", sum)
}
