// Sleep parks only the calling goroutine; sleepers wake in order of their durations, and a
// program whose only other goroutines are sleeping is not deadlocked.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan int)
	for _, ms := range []int{300, 100, 0, 200} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- ms
		}(ms)
	}
	for i := 0; i < 4; i++ {
		fmt.Println("woke", <-out)
	}

	// Many short sleepers at once.
	const n = 1000
	done := make(chan bool)
	for i := 0; i < n; i++ {
		go func(i int) {
			time.Sleep(time.Duration(i%10) * time.Millisecond)
			done <- true
		}(i)
	}
	for i := 0; i < n; i++ {
		<-done
	}
	fmt.Println(n, "sleepers done")

	// Sleep(0) and negative durations return.
	time.Sleep(0)
	time.Sleep(-time.Hour)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("slept at least 20ms:", el >= 20*time.Millisecond, "and less than 5s:", el < 5*time.Second)
}
