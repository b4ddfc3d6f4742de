package main

type Stream[T any] <-chan T

func producer(out chan<- int, done <-chan struct{}) {
	for i := 0; ; i++ {
		select {
		case out <- i:
		case <-done:
			return
		}
	}
}

func main() {
	var c1 chan int
	var c2 <-chan int
	var c3 chan<- int
	var c4 chan<- chan int
	var c5 chan (<-chan int)
	var c6 <-chan <-chan int
	var c7 chan<- <-chan int
	c8 := (<-chan int)(c1)
	c9 := (chan<- int)(c1)
	c10 := <-chan int(nil)
	c11 := (<-chan <-chan int)(nil)
	_, _, _, _, _, _, _, _, _, _, _ = c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11
	done := make(chan struct{})
	go producer(c1, done)
	close(done)
}
