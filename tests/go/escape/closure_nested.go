// Nested closures: captures flow through every enclosing closure; a variable captured by an
// inner closure that escapes escapes too.
package main

func adder() func(int) func() int {
	total := 0 // ERROR "moved to heap: total$"
	return func(d int) func() int { // ERROR "func literal escapes to heap$"
		total += d
		return func() int { return total } // ERROR "func literal escapes to heap$"
	}
}

func localNest() int {
	a := 1
	f := func() int { // ERROR "func literal does not escape$"
		b := 2
		g := func() int { // ERROR "func literal does not escape$"
			return a + b
		}
		return g()
	}
	return f()
}

func escapeInner() func() int {
	a := 1
	f := func() func() int { // ERROR "func literal does not escape$"
		return func() int { return a } // ERROR "func literal escapes to heap$"
	}
	return f()
}

func recursiveClosure(n int) int {
	var fib func(int) int
	fib = func(k int) int { // ERROR "func literal does not escape$"
		if k < 2 {
			return k
		}
		return fib(k-1) + fib(k-2)
	}
	return fib(n)
}

func counterPair() (func(), func() int) {
	n := 0 // ERROR "moved to heap: n$"
	return func() { n++ }, func() int { return n } // ERROR "func literal escapes to heap$" "func literal escapes to heap$"
}

func main() {
	_ = adder()(1)()
	_ = localNest()
	_ = escapeInner()()
	_ = recursiveClosure(5)
	inc, get := counterPair()
	inc()
	_ = get()
}
