// Unbuffered handoff: a send completes only when a receiver takes it, so a ping-pong of
// messages prints in a fixed order whatever the scheduling.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("  pong got", v)
			pong <- v * 2
		}
		close(pong)
		done <- true
	}()
	for i := 1; i <= 5; i++ {
		fmt.Println("ping sends", i)
		ping <- i
		fmt.Println("ping got back", <-pong)
	}
	close(ping)
	<-done
	_, ok := <-pong
	fmt.Println("pong closed:", !ok)

	// A relay ring of goroutines: token passes through each exactly once per lap.
	const n = 10
	first := make(chan int)
	in := first
	for i := 0; i < n; i++ {
		out := make(chan int)
		go func(in <-chan int, out chan<- int) {
			for v := range in {
				out <- v + 1
			}
			close(out)
		}(in, out)
		in = out
	}
	last := in
	for lap := 0; lap < 3; lap++ {
		first <- lap * 100
		fmt.Println("lap", lap, "token", <-last)
	}
	close(first)
	_, ok = <-last
	fmt.Println("ring closed:", !ok)

	// Synchronous handshake: the sender's print after the send is ordered after the
	// receiver's print before its acknowledgement.
	req := make(chan string)
	ack := make(chan struct{})
	go func() {
		s := <-req
		fmt.Println("server handles", s)
		ack <- struct{}{}
	}()
	req <- "request-1"
	<-ack
	fmt.Println("client saw ack")
}
