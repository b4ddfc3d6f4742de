// Timers under concurrency: Stop and Reset racing with expiry never leave a stale value,
// many goroutines with their own timers, a thousand AfterFuncs.
package main

import (
	"fmt"
	"time"
)

func main() {
	// Stop/Reset racing with expiry.
	stale, stopTrue := 0, 0
	for i := 0; i < 300; i++ {
		t := time.NewTimer(time.Duration(i%3) * 500 * time.Microsecond)
		time.Sleep(time.Duration(i%4) * 300 * time.Microsecond)
		if i%2 == 0 {
			if t.Stop() {
				stopTrue++
			}
		} else {
			t.Reset(time.Hour)
		}
		select {
		case <-t.C:
			stale++
		default:
		}
		t.Stop()
	}
	fmt.Println("stale values:", stale, "Stop true every time:", stopTrue == 150)

	// Each receive is matched: a fired, unreceived timer's Stop is true.
	fired := 0
	for i := 0; i < 50; i++ {
		t := time.NewTimer(time.Millisecond)
		time.Sleep(3 * time.Millisecond)
		if t.Stop() {
			fired++
		}
	}
	fmt.Println("stopped after expiry without receive:", fired)

	// Many goroutines, each with its own timers and timeouts.
	const workers = 100
	results := make(chan int, workers)
	for w := 0; w < workers; w++ {
		go func(w int) {
			got := 0
			for j := 0; j < 5; j++ {
				select {
				case <-time.After(time.Duration(w%5+1) * time.Millisecond):
					got++
				case <-time.After(10 * time.Second):
				}
			}
			t := time.NewTimer(time.Hour)
			if t.Stop() {
				got++
			}
			results <- got
		}(w)
	}
	total := 0
	for w := 0; w < workers; w++ {
		total += <-results
	}
	fmt.Println("worker events:", total)

	// A thousand AfterFuncs, half of them stopped in time.
	done := make(chan int, 1000)
	var timers []*time.Timer
	for i := 0; i < 1000; i++ {
		d := time.Millisecond
		if i%2 == 1 {
			d = time.Hour
		}
		i := i
		timers = append(timers, time.AfterFunc(d, func() { done <- i }))
	}
	stopped := 0
	for i, t := range timers {
		if i%2 == 1 && t.Stop() {
			stopped++
		}
	}
	sum := 0
	for i := 0; i < 500; i++ {
		sum += <-done
	}
	fmt.Println("afterfuncs ran:", sum == 2*(499*500/2), "stopped:", stopped)
	select {
	case v := <-done:
		fmt.Println("an extra AfterFunc ran:", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("no extra AfterFunc")
	}
}
