// A nil channel blocks forever, so setting a case's channel to nil disables it in select.
package main

import "fmt"

func numbers(from, to int) <-chan int {
	c := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	a := numbers(1, 50)
	b := numbers(1000, 1030)
	sumA, sumB, n := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			n++
		}
	}
	fmt.Println("sumA", sumA, "sumB", sumB, "n", n)

	// Only the non-nil case can fire.
	var never chan int
	ready := make(chan int, 1)
	ready <- 7
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	case never <- 1:
		fmt.Println("impossible send")
	case v := <-ready:
		fmt.Println("ready", v)
	}
	// All cases nil with a default: the default runs.
	select {
	case <-never:
		fmt.Println("impossible")
	case never <- 2:
		fmt.Println("impossible")
	default:
		fmt.Println("default with only nil cases")
	}
	// Disabling the send side once its quota is met.
	out := make(chan int)
	quit := make(chan bool)
	go func() {
		got := 0
		for v := range out {
			got += v
		}
		fmt.Println("consumer got", got)
		quit <- true
	}()
	send := out
	for i := 1; send != nil; i++ {
		select {
		case send <- i:
			if i == 100 {
				close(out)
				send = nil
			}
		}
	}
	<-quit
}
