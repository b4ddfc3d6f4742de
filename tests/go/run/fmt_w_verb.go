package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Println(fmt.Errorf("%w|%w|%w", []int{1}, 5, T{1}))
	fmt.Printf("%w|%w|%w\n", []int{1}, 5, fmt.Errorf("x"))
	fmt.Println(fmt.Sprintf("%w", nil), fmt.Errorf("%w", nil))
}
