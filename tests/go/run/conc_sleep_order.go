// time.Sleep and timers order goroutines when the gaps are wide: "sleep sort" with 100 ms
// steps, AfterFunc, a Ticker counted to 3, and Sleep(0) as a yield.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	values := []int{5, 1, 4, 2, 3, 0}
	out := make(chan int)
	for _, v := range values {
		go func() {
			time.Sleep(time.Duration(v) * 100 * time.Millisecond)
			out <- v
		}()
	}
	for range values {
		fmt.Print(<-out, " ")
	}
	fmt.Println()

	var wg sync.WaitGroup
	wg.Add(1)
	fired := time.Now()
	start := fired
	time.AfterFunc(30*time.Millisecond, func() {
		fired = time.Now()
		wg.Done()
	})
	wg.Wait()
	fmt.Println("AfterFunc after at least 30ms:", fired.Sub(start) >= 30*time.Millisecond)

	t := time.NewTicker(10 * time.Millisecond)
	ticks := 0
	for range t.C {
		ticks++
		if ticks == 3 {
			t.Stop()
			break
		}
	}
	fmt.Println("ticks:", ticks, "elapsed at least 60ms:", time.Since(start) >= 60*time.Millisecond)

	time.Sleep(0)
	time.Sleep(-5)
	fmt.Println("Sleep(0) and negative return")

	// A timer reset before it fires.
	tm := time.NewTimer(time.Hour)
	tm.Reset(20 * time.Millisecond)
	<-tm.C
	fmt.Println("reset timer fired")
}
