// Closures called where they are made do not escape; closures returned, stored in globals
// or passed to functions that keep them escape.
package main

var hook func() int

var hooks []func()

func callLocally() int {
	n := 3
	f := func() int { return n * 2 } // ERROR "func literal does not escape$"
	return f() + f()
}

func callImmediately() int {
	n := 4
	return func() int { return n + 1 }() // ERROR "func literal does not escape$"
}

func mutateLocally() int {
	n := 0
	inc := func() { n++ } // ERROR "func literal does not escape$"
	inc()
	inc()
	return n
}

func storeGlobal() {
	n := 7
	hook = func() int { return n } // ERROR "func literal escapes to heap$"
}

func appendGlobal() {
	k := 1 // ERROR "moved to heap: k$"
	hooks = append(hooks, func() { k++ }) // ERROR "append escapes to heap$" "func literal escapes to heap$"
}

func apply(f func(int) int, v int) int { // ERROR "f does not escape$"
	return f(v)
}

func keep(f func()) { // ERROR "leaking param: f$"
	hooks = append(hooks, f) // ERROR "append escapes to heap$"
}

func passToNonEscaping() int {
	m := 10
	return apply(func(v int) int { return v + m }, 5) // ERROR "func literal does not escape$"
}

func passToKeeper() {
	m := 11 // ERROR "moved to heap: m$"
	keep(func() { m++ }) // ERROR "func literal escapes to heap$"
}

func returnsClosure() func(int) int {
	base := 100
	return func(v int) int { return base + v } // ERROR "func literal escapes to heap$"
}

func closureInClosure() func() int {
	a := 1
	return func() int { // ERROR "func literal escapes to heap$"
		b := 2
		g := func() int { return a + b } // ERROR "func literal does not escape$"
		return g()
	}
}

func closureOverParam(p *int) func() int { // ERROR "leaking param: p$"
	return func() int { return *p } // ERROR "func literal escapes to heap$"
}

func callParam(f func()) { // ERROR "f does not escape$"
	f()
}

func main() {
	_ = callLocally()
	_ = callImmediately()
	_ = mutateLocally()
	storeGlobal()
	appendGlobal()
	_ = passToNonEscaping()
	passToKeeper()
	_ = returnsClosure()(1)
	_ = closureInClosure()()
	x := 3 // ERROR "moved to heap: x$"
	_ = closureOverParam(&x)()
	callParam(func() {}) // ERROR "func literal does not escape$"
}
