// Function values: calling an unknown function value makes its arguments escape; top-level
// functions used as values need no allocation.
package main

type Op func(a, b *int) int

var table = map[string]Op{} // ERROR "map\[string\]Op\{\} escapes to heap$"

func add(a, b *int) int { return *a + *b } // ERROR "a does not escape$" "b does not escape$"

func useOp(op Op) int { // ERROR "op does not escape$"
	x, y := 1, 2 // ERROR "moved to heap: x$" "moved to heap: y$"
	return op(&x, &y)
}

func useAdd() int {
	x, y := 3, 4
	return add(&x, &y)
}

func register() {
	table["add"] = add
}

func pickFunc(neg bool) func(int) int {
	if neg {
		return func(v int) int { return -v } // ERROR "func literal escapes to heap$"
	}
	return func(v int) int { return v } // ERROR "func literal escapes to heap$"
}

func compose(f, g func(int) int) func(int) int { // ERROR "leaking param: f$" "leaking param: g$"
	return func(v int) int { return f(g(v)) } // ERROR "func literal escapes to heap$"
}

func callTwice(f func(*int)) int { // ERROR "f does not escape$"
	n := 0 // ERROR "moved to heap: n$"
	f(&n)
	f(&n)
	return n
}

func funcSlice() int {
	fs := []func() int{ // ERROR "\[\]func\(\) int\{\.\.\.\} does not escape$"
		func() int { return 1 }, // ERROR "func literal does not escape$"
		func() int { return 2 }, // ERROR "func literal does not escape$"
	}
	t := 0
	for _, f := range fs {
		t += f()
	}
	return t
}

func main() {
	_ = useOp(add)
	_ = useAdd()
	register()
	_ = pickFunc(true)(3)
	_ = compose(pickFunc(true), pickFunc(false))(2)
	_ = callTwice(func(p *int) { *p++ }) // ERROR "func literal does not escape$" "p does not escape$"
	_ = funcSlice()
}
