// Timers with Go 1.23 semantics: Stop/Reset results, no stale values after Stop/Reset,
// After in select, AfterFunc, zero-value Timers. Timings are wide apart, tens of ms against seconds.
package main

import (
	"fmt"
	"time"
)

func noValue(c <-chan time.Time) string {
	select {
	case <-c:
		return "stale value!"
	default:
		return "empty"
	}
}

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "recovered:", recover())
	}()
	f()
}

func main() {
	// A timer that fires and is received.
	start := time.Now()
	t := time.NewTimer(20 * time.Millisecond)
	v := <-t.C
	fmt.Println("fired after >= 20ms:", time.Since(start) >= 20*time.Millisecond, !v.Before(start))
	fmt.Println("stop after receive:", t.Stop(), noValue(t.C))

	// Stop before it fires.
	t = time.NewTimer(time.Hour)
	fmt.Println("stop pending:", t.Stop(), "again:", t.Stop(), noValue(t.C))

	// Expired but never received: Stop reports true and drains.
	t = time.NewTimer(5 * time.Millisecond)
	time.Sleep(60 * time.Millisecond)
	fmt.Println("stop expired, unreceived:", t.Stop(), noValue(t.C))

	// Reset: pending, after receive, after expiry without receive.
	t = time.NewTimer(time.Hour)
	fmt.Println("reset pending:", t.Reset(20*time.Millisecond))
	<-t.C
	fmt.Println("received after reset")
	fmt.Println("reset after receive:", t.Reset(5*time.Millisecond))
	time.Sleep(60 * time.Millisecond)
	fmt.Println("reset expired, unreceived:", t.Reset(time.Hour), noValue(t.C))
	fmt.Println("stop:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(10*time.Millisecond))
	<-t.C
	fmt.Println("received after reset of a stopped timer")

	// Zero and negative durations fire at once.
	<-time.NewTimer(0).C
	<-time.NewTimer(-time.Second).C
	<-time.After(-1)
	fmt.Println("zero and negative timers fired")

	// After in a select: the short one wins against a 2s timeout.
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("after fired")
	case <-time.After(2 * time.Second):
		fmt.Println("long timeout fired first")
	}

	// A timeout that does not fire.
	work := make(chan int, 1)
	go func() { work <- 42 }()
	select {
	case x := <-work:
		fmt.Println("work", x)
	case <-time.After(2 * time.Second):
		fmt.Println("timeout")
	}

	// Reset in a loop, always before expiry: never fires.
	t = time.NewTimer(time.Hour)
	for i := 0; i < 100; i++ {
		if !t.Reset(time.Hour) {
			fmt.Println("reset", i, "not pending")
		}
	}
	fmt.Println("loop resets:", t.Stop(), noValue(t.C))

	// AfterFunc runs f on its own goroutine.
	done := make(chan string)
	af := time.AfterFunc(10*time.Millisecond, func() { done <- "afterfunc ran" })
	fmt.Println(<-done)
	fmt.Println("afterfunc C is nil:", af.C == nil, "stop after run:", af.Stop())
	fmt.Println("reset after run:", af.Reset(10*time.Millisecond))
	fmt.Println(<-done)
	af = time.AfterFunc(time.Hour, func() { done <- "reset afterfunc ran" })
	fmt.Println("afterfunc stop pending:", af.Stop(), "again:", af.Stop())
	fmt.Println("afterfunc reset stopped:", af.Reset(time.Hour), "reset pending:", af.Reset(5*time.Millisecond))
	fmt.Println(<-done)

	// Several timers: the earliest fires first.
	a, b := time.NewTimer(300*time.Millisecond), time.NewTimer(10*time.Millisecond)
	select {
	case <-a.C:
		fmt.Println("a first (wrong)")
	case <-b.C:
		fmt.Println("b first")
	}
	fmt.Println("a stop:", a.Stop())

	// Zero-value timers panic as in Go.
	try("stop", func() {
		var z time.Timer
		z.Stop()
	})
	try("reset", func() {
		var z time.Timer
		z.Reset(time.Second)
	})
}
