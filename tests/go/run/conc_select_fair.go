// select chooses uniformly at random among ready cases: with two always-ready channels each
// is picked about half the time; a send and a receive case both ready; a closed channel is
// always ready.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	na, nb := 0, 0
	for i := 0; i < 10000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			na++
			<-b
		case <-b:
			nb++
			<-a
		}
	}
	fmt.Println("both cases chosen often:", na > 4000 && nb > 4000, na+nb)

	// Three closed channels: every case is ready, each gets a share.
	c1, c2, c3 := make(chan int), make(chan int), make(chan int)
	close(c1)
	close(c2)
	close(c3)
	counts := [3]int{}
	for i := 0; i < 9000; i++ {
		select {
		case <-c1:
			counts[0]++
		case <-c2:
			counts[1]++
		case <-c3:
			counts[2]++
		}
	}
	fair := true
	for _, n := range counts {
		if n < 2500 {
			fair = false
		}
	}
	fmt.Println("closed channels shared fairly:", fair)

	// A send case and a receive case both ready.
	in := make(chan int, 1)
	out := make(chan int, 1)
	sends, recvs := 0, 0
	for i := 0; i < 2000; i++ {
		in <- i
		select {
		case out <- i:
			sends++
			<-out
			<-in
		case <-in:
			recvs++
		}
	}
	fmt.Println("send and receive both chosen:", sends > 500 && recvs > 500, sends+recvs)

	// Select in a loop over several producers: every value arrives exactly once.
	p1, p2, p3 := make(chan int), make(chan int), make(chan int)
	for k, p := range []chan int{p1, p2, p3} {
		go func() {
			for i := 0; i < 100; i++ {
				p <- k*1000 + i
			}
			close(p)
		}()
	}
	sum, n := 0, 0
	for p1 != nil || p2 != nil || p3 != nil {
		select {
		case v, ok := <-p1:
			if !ok {
				p1 = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-p2:
			if !ok {
				p2 = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-p3:
			if !ok {
				p3 = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("received", n, "sum", sum)
}
