package main

import "fmt"

// T(0) is not a constant in generic code: the division panics at run time.
func DivZero[T ~int | ~int64](a T) T {
	return a / T(0)
}

func main() {
	fmt.Println("start")
	fmt.Println(DivZero(7))
}
