package main

import "fmt"

func counter() (func() int, func()) {
	c := 0
	return func() int { c++; return c }, func() { c = 100 }
}

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())
	add5 := adder(5)
	fmt.Println(add5(10), adder(-1)(1))
	double := func(x int) int { return x * 2 }
	fmt.Println(compose(add5, double)(1), compose(double, add5)(1))
	g := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	x := 1
	f := func() { x *= 3 }
	f()
	f()
	fmt.Println(x)
	var rec func(int) int
	rec = func(n int) int {
		if n == 0 {
			return 0
		}
		return n + rec(n-1)
	}
	fmt.Println(rec(100))
	fns := make([]func() int, 0)
	for i := range 3 {
		fns = append(fns, func() int { return i * i })
	}
	for _, fn := range fns {
		fmt.Print(fn(), ";")
	}
	fmt.Println()
	func(msg string) { fmt.Println("iife", msg) }("now")
}
