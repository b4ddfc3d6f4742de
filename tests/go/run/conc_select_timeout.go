// A select loop with a timeout that never fires: the work finishes in milliseconds, the timer
// is 5 s. Also a timeout that does fire on a channel nobody sends on.
package main

import (
	"fmt"
	"time"
)

func main() {
	results := make(chan int)
	go func() {
		for i := 1; i <= 20; i++ {
			results <- i
		}
		close(results)
	}()
	timeout := time.After(5 * time.Second)
	sum := 0
loop:
	for {
		select {
		case v, ok := <-results:
			if !ok {
				break loop
			}
			sum += v
		case <-timeout:
			fmt.Println("timed out (should not happen)")
			return
		}
	}
	fmt.Println("sum", sum)

	// A timeout that fires.
	never := make(chan int)
	start := time.Now()
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("timeout fired")
	}
	fmt.Println("waited at least 30ms:", time.Since(start) >= 30*time.Millisecond)

	// Per-message timeouts, each generous.
	echo := make(chan string)
	go func() {
		for _, w := range []string{"a", "b", "c"} {
			echo <- w
		}
	}()
	for i := 0; i < 3; i++ {
		select {
		case w := <-echo:
			fmt.Println("got", w)
		case <-time.After(5 * time.Second):
			fmt.Println("late")
		}
	}
	// A timer stopped before it fires.
	t := time.NewTimer(5 * time.Second)
	fmt.Println("stopped:", t.Stop())
}
