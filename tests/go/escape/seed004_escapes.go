// Seed 004's list of reasons to escape: returning &x, sending &x on a channel, a closure
// capture (by value here: x is small and never reassigned), appending &x to a global slice,
// and a very large array printed through fmt.
package main

import "fmt"

var global []*int

func escapeLocal() *int {
	x := 10 // ERROR "moved to heap: x$"
	return &x
}

func sendPointer(ch chan *int) { // ERROR "ch does not escape$"
	x := 100 // ERROR "moved to heap: x$"
	ch <- &x
}

func closureExample() func() {
	x := 42
	return func() { // ERROR "func literal escapes to heap$"
		fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "42 escapes to heap$"
	}
}

func storeInSlice() {
	x := 5 // ERROR "moved to heap: x$"
	global = append(global, &x) // ERROR "append escapes to heap$"
}

func largeArray() {
	x := [1 << 20]int{} // ERROR "moved to heap: x$"
	fmt.Println(x) // ERROR "\.\.\. argument does not escape$" "x escapes to heap$"
}

func main() {
	_ = escapeLocal()
	ch := make(chan *int, 1)
	sendPointer(ch)
	closureExample()()
	storeInSlice()
	largeArray()
}
