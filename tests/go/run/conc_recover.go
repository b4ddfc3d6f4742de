// Panics recovered inside goroutines: each goroutine's deferred recover sees only its own
// panic; the program carries on and reports what was caught.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

func safely(id int, f func(), out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("goroutine %d recovered: %v", id, r)
			return
		}
		out <- fmt.Sprintf("goroutine %d finished", id)
	}()
	f()
}

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("my error %d", e.code) }

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	tasks := []func(){
		func() {},
		func() { panic("plain string") },
		func() {
			var s []int
			_ = s[3]
		},
		func() {
			var m map[string]int
			m["x"] = 1
		},
		func() { panic(&myErr{7}) },
		func() { panic(fmt.Errorf("wrapped: %w", errors.New("inner"))) },
		func() {
			a, b := 1, 0
			_ = a / b
		},
		func() {
			var p *myErr
			_ = p.code
		},
	}
	for i, t := range tasks {
		wg.Add(1)
		go safely(i, t, out, &wg)
	}
	wg.Wait()
	close(out)
	var lines []string
	for s := range out {
		lines = append(lines, s)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}

	// Re-panic inside a goroutine, recovered by an outer deferred function in the same goroutine.
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("outer: ", recover()) }()
		func() {
			defer func() {
				r := recover()
				panic(fmt.Sprint("again after ", r))
			}()
			panic("first")
		}()
	}()
	fmt.Println(<-res)

	// A goroutine that panics and recovers does not disturb one blocked on a channel.
	c := make(chan int)
	go func() {
		defer func() {
			recover()
			c <- 99
		}()
		panic("in sender")
	}()
	fmt.Println("value after recovery", <-c)
}
