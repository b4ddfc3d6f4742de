package main

import "fmt"

type pair struct{ a, b int }

func first(x any) int {
	switch v := x.(type) {
	case []int:
		return v[0]
	case [2]int:
		return v[1]
	case pair:
		return v.b
	case *pair:
		return v.a
	}
	return -1
}

func main() {
	// Literals converted to a non-escaping interface parameter: the box and
	// the literal's own object are two frame regions.
	fmt.Println(first([]int{7}))
	fmt.Println(first([2]int{3, 4}))
	fmt.Println(first(pair{5, 6}))
	fmt.Println(first(&pair{8, 9}))
	s := 0
	for i := 0; i < 3; i++ {
		s += first([]int{i, i})
	}
	fmt.Println(s)
}
