package main

import "fmt"

// Each instance needs another, bigger one: Go rejects the cycle; an
// implementation that instantiates eagerly must not loop forever.
func F[T any](n int, x T) int { // ERROR "instantiation cycle"
	if n == 0 {
		return 0
	}
	return 1 + F[[]T](n-1, nil)
}

func main() {
	fmt.Println(F(3, 1))
}
