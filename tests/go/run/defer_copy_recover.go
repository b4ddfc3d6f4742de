package main

import "fmt"

// copy and recover may be deferred (and started with go) although they have
// results; other builtins with results may not.
func main() {
	a := []int{1, 2, 3}
	b := make([]int, 3)
	c := make([]int, 3)
	defer fmt.Println(b)
	defer copy(b, a)
	defer recover()
	go copy(c, a)
	func() {
		defer recover()
		fmt.Println("inner")
	}()
	fmt.Println("main")
}
