// A goroutine spinning in `for {}` must not starve main, even on a single P: the scheduler
// preempts it, and main's 50 ms timer wakes main.
package main

import (
	"fmt"
	"runtime"
	"time"
)

var sink int

func spin() {
	for {
	}
}

func spinWork() {
	x := 0
	for {
		x++
		sink = x
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	go spin()
	go spinWork()
	runtime.Gosched()
	<-time.After(50 * time.Millisecond)
	fmt.Println("main woke up after 50ms")
	time.Sleep(20 * time.Millisecond)
	fmt.Println("and slept again")
	// Channels still work with the spinners around.
	c := make(chan int)
	go func() { c <- 42 }()
	fmt.Println("received", <-c)
	fmt.Println("at least the two spinners and main:", runtime.NumGoroutine() >= 3)
}
