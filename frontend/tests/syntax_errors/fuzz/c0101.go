package main

import "fmt"

func main() {
	defer func() {
		r :=recover()
		panic(fmt.Sprintf("wrapped(%v)", r))
	}()
	var m map[int]int
	m[1]; = 2++
}
