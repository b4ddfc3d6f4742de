package main

import (
	"fmt"
	"iter"
	"runtime"
	"sync"
)

func main() {
	// runtime.Goexit in the iterator ends the goroutine that called next,
	// running both sides' deferred calls.
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("caller deferred")
		next, stop := iter.Pull2(iter.Seq2[int, string](func(yield func(int, string) bool) {
			defer fmt.Println("iterator deferred")
			yield(1, "a")
			runtime.Goexit()
		}))
		fmt.Println(next())
		fmt.Println(next())
		fmt.Println("not reached")
		stop()
	}()
	wg.Wait()

	// Pull2: a panic in the iterator comes out of next; the pull is over.
	next, stop := iter.Pull2(iter.Seq2[string, int](func(yield func(string, int) bool) {
		if !yield("x", 1) {
			return
		}
		var m map[string]int
		m["boom"] = 1
	}))
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(next())
	}()
	fmt.Println(next())
	stop()
	// A runtime error in the iterator comes out of next as a runtime.Error.
	var s []int
	n2, s2 := iter.Pull(iter.Seq[int](func(yield func(int) bool) {
		for i := 0; i < 3; i++ {
			if !yield(s[i]) {
				return
			}
		}
	}))
	func() {
		defer func() {
			r := recover()
			_, isRT := r.(runtime.Error)
			fmt.Println("recovered:", r, isRT)
		}()
		n2()
	}()
	s2()
	fmt.Println(n2())
}
