// Tickers: ticks, Stop with no tick after it, Reset, Tick, panics for bad intervals.
package main

import (
	"fmt"
	"time"
)

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "recovered:", recover())
	}()
	f()
}

func main() {
	start := time.Now()
	tk := time.NewTicker(10 * time.Millisecond)
	var prev time.Time
	for i := 0; i < 5; i++ {
		v := <-tk.C
		if i > 0 && !v.After(prev) {
			fmt.Println("ticks out of order")
		}
		prev = v
	}
	fmt.Println("5 ticks took >= 50ms:", time.Since(start) >= 50*time.Millisecond)
	tk.Stop()
	time.Sleep(50 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after Stop!")
	default:
		fmt.Println("no tick after Stop")
	}

	// Reset restarts a stopped ticker with a new period.
	tk.Reset(5 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("ticks after Reset")
	tk.Reset(time.Hour)
	select {
	case <-tk.C:
		fmt.Println("stale tick after Reset!")
	default:
		fmt.Println("no stale tick after Reset")
	}
	tk.Stop()
	tk.Stop()

	// A slow receiver sees at most one buffered tick, and ticking goes on.
	tk = time.NewTicker(5 * time.Millisecond)
	time.Sleep(60 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("slow receiver still ticks")
	tk.Stop()

	// Tick.
	fmt.Println("Tick(0) nil:", time.Tick(0) == nil, "Tick(-1) nil:", time.Tick(-time.Second) == nil)
	n := 0
	for range time.Tick(5 * time.Millisecond) {
		n++
		if n == 3 {
			break
		}
	}
	fmt.Println("ranged over", n, "ticks")

	// A ticker in a select loop with a deadline.
	tk = time.NewTicker(10 * time.Millisecond)
	deadline := time.After(2 * time.Second)
	count := 0
loop:
	for {
		select {
		case <-tk.C:
			count++
			if count == 4 {
				break loop
			}
		case <-deadline:
			fmt.Println("deadline hit")
			break loop
		}
	}
	tk.Stop()
	fmt.Println("count", count)

	try("NewTicker(0)", func() { time.NewTicker(0) })
	try("NewTicker(-1)", func() { time.NewTicker(-1) })
	try("Reset(0)", func() { time.NewTicker(time.Hour).Reset(0) })
	try("zero Stop", func() {
		var z time.Ticker
		z.Stop()
	})
	try("zero Reset", func() {
		var z time.Ticker
		z.Reset(time.Second)
	})
}
