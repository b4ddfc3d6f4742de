package main

import "fmt"

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func main() {
	fmt.Println(Index([]any{1, "a", 2.5}, any(2.5)))
	fmt.Println(Index([]any{1, "a"}, any("b")))
	fmt.Println(Index([]any{[]int{1}}, any([]int{1})))
}
