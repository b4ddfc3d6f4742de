// runtime.GOMAXPROCS: the GOMAXPROCS environment variable sets the start value (CI runs the
// suite under 1 and 4), runtime.GOMAXPROCS(n) returns the previous value, n < 1 only reads.
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
)

func main() {
	start := runtime.GOMAXPROCS(0)
	if s := os.Getenv("GOMAXPROCS"); s != "" {
		want, err := strconv.Atoi(s)
		fmt.Println("start as expected:", err != nil || want < 1 || start == want)
	} else {
		fmt.Println("start as expected:", start >= 1 && start <= runtime.NumCPU())
	}
	fmt.Println("set 3, previous was the start:", runtime.GOMAXPROCS(3) == start)
	fmt.Println("now:", runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1))
	// Work still completes after resizing up and down while goroutines run.
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := 0
			for i := 0; i < 100000; i++ {
				s += i % (g + 1)
			}
			mu.Lock()
			total += s
			mu.Unlock()
		}()
		if g == 3 {
			runtime.GOMAXPROCS(1)
		}
		if g == 5 {
			runtime.GOMAXPROCS(2)
		}
	}
	wg.Wait()
	fmt.Println("total:", total, "procs:", runtime.GOMAXPROCS(start))
	fmt.Println("restored:", runtime.GOMAXPROCS(0) == start)
}
