package main

import "fmt"

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("body ")
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	defer func() { fmt.Println("closure x =", x) }()
	x = 3
}

func double() (r int) {
	defer func() { r *= 2 }()
	return 21
}

func tripleNamed() (s string, n int) {
	defer func() {
		s += "!"
		n++
	}()
	s, n = "hi", 1
	return s, n * 10
}

func unnamed() int {
	x := 5
	defer func() { x = 100 }()
	return x
}

type closer struct{ name string }

func (c closer) Close() { fmt.Println("close", c.name) }

func resources() {
	a := closer{"a"}
	defer a.Close()
	b := &closer{"b"}
	defer b.Close()
	b.name = "b-modified"
	fmt.Println("using resources")
}

func loopDefer() (total int) {
	for i := 1; i <= 4; i++ {
		defer func(v int) { total += v }(i)
	}
	return 0
}

func main() {
	order()
	fmt.Println()
	argsEval()
	fmt.Println(double())
	fmt.Println(tripleNamed())
	fmt.Println(unnamed())
	resources()
	fmt.Println(loopDefer())
	func() {
		defer fmt.Println("inner deferred")
		fmt.Println("inner body")
	}()
	fmt.Println("done")
}
