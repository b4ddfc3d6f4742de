// Buffered channel semantics: len/cap, FIFO, close then drain, comma-ok, range, nil channels.
package main

import "fmt"

type msg struct {
	id   int
	body string
}

func main() {
	c := make(chan int, 5)
	fmt.Println("len", len(c), "cap", cap(c))
	for i := 1; i <= 5; i++ {
		c <- i * 10
		fmt.Println("after send", i, "len", len(c), "cap", cap(c))
	}
	fmt.Println(<-c, <-c)
	fmt.Println("len", len(c))
	c <- 60
	c <- 70
	close(c)
	fmt.Println("closed, len", len(c))
	for {
		v, ok := <-c
		fmt.Println("recv", v, ok)
		if !ok {
			break
		}
	}
	v, ok := <-c
	fmt.Println("again", v, ok, "len", len(c))

	// range drains what is buffered after close.
	s := make(chan string, 3)
	s <- "x"
	s <- "y"
	s <- "z"
	close(s)
	for w := range s {
		fmt.Print(w, " ")
	}
	fmt.Println()

	// Struct and pointer elements; zero values after close.
	m := make(chan msg, 2)
	m <- msg{1, "one"}
	m <- msg{2, "two"}
	close(m)
	for x := range m {
		fmt.Printf("%+v\n", x)
	}
	z, ok := <-m
	fmt.Printf("%+v %v\n", z, ok)
	p := make(chan *msg, 1)
	p <- &msg{3, "three"}
	close(p)
	q := <-p
	fmt.Println(q.id, q.body)
	q, ok = <-p
	fmt.Println(q == nil, ok)

	// Unbuffered and nil channels have len and cap 0.
	var nc chan int
	u := make(chan int)
	fmt.Println(len(nc), cap(nc), len(u), cap(u), nc == nil)

	// Channel of channels; directional views.
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 42
	var ro <-chan int = inner
	var wo chan<- int = inner
	fmt.Println(<-ro, cap(wo), len(ro))

	// A buffered channel as a counting semaphore.
	sem := make(chan struct{}, 3)
	done := make(chan int)
	for i := 0; i < 10; i++ {
		go func() {
			sem <- struct{}{}
			if len(sem) > cap(sem) {
				panic("over capacity")
			}
			<-sem
			done <- i
		}()
	}
	sum := 0
	for i := 0; i < 10; i++ {
		sum += <-done
	}
	fmt.Println("semaphore sum", sum)
	// Equality of channel values.
	a := make(chan int)
	b := a
	fmt.Println(a == b, a == make(chan int))
	fmt.Printf("%T %T %T\n", a, ro, wo)
}
