// Closure capture sizes: the 128-byte by-value limit applies to the captured variable; a
// non-escaping closure may capture by reference without moving anything to the heap.
package main

type A16 [16]int
type A17 [17]int
type S128 struct {
	a [15]int
	b int
}

var keep func() int

func small16() func() int {
	var a A16
	a[0] = 1
	return func() int { return a[0] } // ERROR "func literal escapes to heap$"
}

func big17() func() int {
	var a A17 // ERROR "moved to heap: a$"
	a[0] = 1
	return func() int { return a[0] } // ERROR "func literal escapes to heap$"
}

func struct128() func() int {
	s := S128{b: 3}
	return func() int { return s.b } // ERROR "func literal escapes to heap$"
}

func big17Local() int {
	var a A17
	a[0] = 1
	f := func() int { return a[0] } // ERROR "func literal does not escape$"
	return f()
}

func big17Mutated() int {
	var a A17
	f := func() { a[0]++ } // ERROR "func literal does not escape$"
	f()
	return a[0]
}

func twoCaptures() {
	x, y := 1, 2
	keep = func() int { return x + y } // ERROR "func literal escapes to heap$"
}

func captureParam(n int) {
	keep = func() int { return n } // ERROR "func literal escapes to heap$"
}

func captureParamMutated(n int) { // ERROR "moved to heap: n$"
	keep = func() int { n++; return n } // ERROR "func literal escapes to heap$"
}

func captureString(s string) { // ERROR "leaking param: s$"
	keep = func() int { return len(s) } // ERROR "func literal escapes to heap$"
}

func captureIface(v any) { // ERROR "leaking param: v$"
	keep = func() int { // ERROR "func literal escapes to heap$"
		if v == nil {
			return 0
		}
		return 1
	}
}

func main() {
	_ = small16()()
	_ = big17()()
	_ = struct128()()
	_ = big17Local()
	_ = big17Mutated()
	twoCaptures()
	captureParam(1)
	captureParamMutated(2)
	captureString("s")
	captureIface(nil)
}
