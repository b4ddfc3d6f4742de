// A three-stage pipeline: generator -> square -> sum, each stage a goroutine joined by
// unbuffered channels; the output is fixed by the channel order, not by scheduling.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			out <- i
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for v := range in {
			out <- v * v
		}
		close(out)
	}()
	return out
}

func sum(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		total := 0
		for v := range in {
			total += v
		}
		out <- total
	}()
	return out
}

func main() {
	// The first few squares, in order: a single pipeline keeps order.
	sq := square(gen(10))
	for v := range sq {
		fmt.Print(v, " ")
	}
	fmt.Println()
	for _, n := range []int{0, 1, 10, 100, 1000, 10000} {
		fmt.Printf("sum of squares 1..%d = %d\n", n, <-sum(square(gen(n))))
	}
	// Stages chained twice: x^4.
	total := 0
	for v := range square(square(gen(20))) {
		total += v
	}
	fmt.Println("sum of fourth powers 1..20 =", total)
}
