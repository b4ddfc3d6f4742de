// Seed 003: value returns stay in the caller's frame; pointer returns move the point to the
// heap.
package main

import "fmt"

type Point struct {
	X, Y float64
}

func sumLocal() int {
	x := 42
	y := 58
	return x + y
}

func newPoint() *Point {
	p := Point{X: 1, Y: 2} // ERROR "moved to heap: p$"
	return &p
}

func newPointValue() Point {
	return Point{X: 1, Y: 2}
}

func newPointPtr() *Point {
	p := Point{X: 1, Y: 2} // ERROR "moved to heap: p$"
	return &p
}

func main() {
	fmt.Println(sumLocal(), newPoint().X, newPointValue().Y, newPointPtr().X) // ERROR "\.\.\. argument does not escape$" "sumLocal\(\) escapes to heap$" "newPoint\(\)\.X escapes to heap$" "newPointValue\(\)\.Y escapes to heap$" "newPointPtr\(\)\.X escapes to heap$"
}
