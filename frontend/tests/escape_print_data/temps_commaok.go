package main

import (
	"fmt"
	"strconv"
)

func adder(n int) func(int) int { return func(x int) int { return x + n } }
func two() (int, int)           { return 1, 2 }

func pair() (int, int) { return two() }

func main() {
	m := map[string]int{}
	v, ok := m["a"]
	var i interface{} = 1
	n, ok2 := i.(int)
	x, err := strconv.Atoi("1")
	var p, q = two()
	p, q = two()
	fmt.Println(v, ok, n, ok2, x, err, p, q, adder(1)(2))
}
