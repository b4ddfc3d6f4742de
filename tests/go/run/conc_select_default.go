// select with default: non-blocking send and receive, try-loops, a full buffer.
package main

import "fmt"

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	c := make(chan int, 3)
	for i := 0; i < 5; i++ {
		fmt.Println("send", i, trySend(c, i))
	}
	for i := 0; i < 5; i++ {
		v, ok := tryRecv(c)
		fmt.Println("recv", v, ok)
	}
	u := make(chan int)
	fmt.Println("unbuffered, no receiver:", trySend(u, 1))
	_, ok := tryRecv(u)
	fmt.Println("unbuffered, no sender:", ok)

	// Closed channel: receive always ready, with ok=false.
	cl := make(chan int, 1)
	close(cl)
	select {
	case v, ok := <-cl:
		fmt.Println("closed ready", v, ok)
	default:
		fmt.Println("not ready")
	}

	// Empty select-with-default in a counting loop.
	ticks := 0
	for i := 0; i < 1000; i++ {
		select {
		default:
			ticks++
		}
	}
	fmt.Println("ticks", ticks)

	// Eventually a goroutine's value arrives while main polls with default.
	r := make(chan string)
	go func() { r <- "hello from goroutine" }()
	polls := 0
	for {
		select {
		case s := <-r:
			fmt.Println(s, polls >= 0)
			return
		default:
			polls++
			if polls%100 == 0 {
				// let the sender run on a single P
				fmt.Print("")
			}
		}
		if polls > 100000000 {
			fmt.Println("gave up")
			return
		}
	}
}
