package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := make([]int, len(s))
	n := 4
	b := make([]int, n, n+1)
	c := make([]int, 0, n)
	m := 2
	m++
	d := make([]int, m)
	const k = 5
	e := make([]byte, k)
	t := []int{5: 1, 2}
	f := make([]int, len(t))
	fmt.Println(a, b, c, d, e, f)
}
