package main

import "fmt"

func apply(fs []func(int) int, v int) int {
	for _, f := range fs {
		v = f(v)
	}
	return v
}

func main() {
	fs := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return 100 / (x - 2) },
	}
	fmt.Println(apply(fs, 5))
	fmt.Println(apply(fs, 1))
}
