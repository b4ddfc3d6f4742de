package main

import "fmt"

func sum(xs []int, n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += xs[i]
	}
	return s
}

func main() {
	fmt.Println(sum([]int{1, 2, 3}, 3))
	fmt.Println(sum([]int{1, 2, 3}, 5))
}
