package main

import (
	"errors"
	"fmt"
)

func withCleanup() (result string, err error) {
	cleanup := func() {
		if err != nil {
			result = "rolled back: " + result
		}
	}
	defer cleanup()
	result = "partial"
	err = errors.New("failed")
	return
}

func counterPair() (get func() int, add func(int)) {
	total := 0
	get = func() int { return total }
	add = func(n int) { total += n }
	return
}

func tracer(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("leave", name) }
}

func nested() {
	defer tracer("nested")()
	fmt.Println("in nested")
}

func sumTo(n int) (s int) {
	var loop func(int)
	loop = func(i int) {
		if i > n {
			return
		}
		s += i
		loop(i + 1)
	}
	loop(1)
	return
}

func main() {
	fmt.Println(withCleanup())
	get, add := counterPair()
	add(5)
	add(7)
	fmt.Println(get())
	nested()
	fmt.Println(sumTo(100))
	acc := 0
	apply := func(fs ...func(int) int) {
		for _, f := range fs {
			acc = f(acc)
		}
	}
	apply(func(x int) int { return x + 10 }, func(x int) int { return x * 3 })
	fmt.Println(acc)
	makeMul := func(k int) func(int) int { return func(x int) int { return x * k } }
	ms := []func(int) int{}
	for k := 1; k <= 3; k++ {
		ms = append(ms, makeMul(k))
	}
	for _, m := range ms {
		fmt.Print(m(10), " ")
	}
	fmt.Println()
}
