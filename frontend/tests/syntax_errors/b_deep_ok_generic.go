package main

import "fmt"

var _ = fmt.Sprint

func main() {
	type P[T any] struct{ v T }
	_ = P[P[P[int]]]{}
	_ = []P[int]{{1}}
	var f func(P[int]) P[string]
	_ = f
}
