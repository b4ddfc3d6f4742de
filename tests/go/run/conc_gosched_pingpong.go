// With GOMAXPROCS(1), runtime.Gosched hands the only P to the other runnable goroutine, so
// two goroutines that yield after each line interleave strictly.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	runtime.GOMAXPROCS(1)
	done := make(chan bool)
	go func() {
		for i := 0; i < 5; i++ {
			fmt.Println("goroutine", i)
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("main", i)
		runtime.Gosched()
	}
	<-done
	fmt.Println("previous GOMAXPROCS:", runtime.GOMAXPROCS(2))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
}
