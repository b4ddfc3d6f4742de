// main returning ends the program at once: goroutines still blocked on channels, mutexes and
// WaitGroups, thousands of pending time.After timers from a select loop, a ticker never
// stopped and a goroutine in a long Sleep are all simply dropped. No deadlock report.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	ready := make(chan int, 1)
	got := 0
	for i := 0; i < 10000; i++ {
		ready <- i
		select {
		case v := <-ready:
			got += v
		case <-time.After(time.Hour):
			fmt.Println("impossible")
		}
	}
	fmt.Println("select loop done:", got)

	block := make(chan int)
	var mu sync.Mutex
	mu.Lock()
	var wg sync.WaitGroup
	wg.Add(1)
	for i := 0; i < 10; i++ {
		go func() { <-block }()
		go func() { block <- 1; block <- 2 }()
		go func() { mu.Lock() }()
		go func() { wg.Wait() }()
	}
	go func() { time.Sleep(time.Hour) }()
	t := time.NewTicker(time.Millisecond)
	_ = t
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns with goroutines blocked")
}
