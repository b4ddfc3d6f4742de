// Closure captures: a variable of at most 128 bytes that is never reassigned after the
// closure captures it is copied into the closure (no `moved to heap`); otherwise the
// closure holds its address and, if the closure escapes, the variable moves to the heap.
package main

type Small struct{ a, b, c, d int }

type Big struct{ data [17]int }

type Exact struct{ data [16]int }

func byValueInt() func() int {
	x := 42
	return func() int { return x } // ERROR "func literal escapes to heap$"
}

func byValueStruct() func() int {
	s := Small{1, 2, 3, 4}
	return func() int { return s.a + s.d } // ERROR "func literal escapes to heap$"
}

func byValue128() func() int {
	e := Exact{}
	e.data[3] = 3
	return func() int { return e.data[3] } // ERROR "func literal escapes to heap$"
}

func byRefTooBig() func() int {
	b := Big{} // ERROR "moved to heap: b$"
	b.data[3] = 3
	return func() int { return b.data[3] } // ERROR "func literal escapes to heap$"
}

func byRefReassignedInside() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

func byRefReassignedAfter() func() int {
	n := 1 // ERROR "moved to heap: n$"
	f := func() int { return n } // ERROR "func literal escapes to heap$"
	n = 2
	return f
}

func byRefAddressTaken() (func() int, *int) {
	n := 5 // ERROR "moved to heap: n$"
	return func() int { return n }, &n // ERROR "func literal escapes to heap$"
}

func byValueString() func() string {
	s := "hello"
	return func() string { return s + "!" } // ERROR "func literal escapes to heap$" "s \+ \"!\" escapes to heap$"
}

func byValueSlice() func() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	return func() int { return s[0] } // ERROR "func literal escapes to heap$"
}

func capturedPointer() func() int {
	p := &Small{} // ERROR "&Small\{\} escapes to heap$"
	return func() int { return p.a } // ERROR "func literal escapes to heap$"
}

func twoClosuresShare() (func(), func() int) {
	c := 0 // ERROR "moved to heap: c$"
	inc := func() { c++ } // ERROR "func literal escapes to heap$"
	get := func() int { return c } // ERROR "func literal escapes to heap$"
	return inc, get
}

func main() {
	_ = byValueInt()()
	_ = byValueStruct()()
	_ = byValue128()()
	_ = byRefTooBig()()
	_ = byRefReassignedInside()()
	_ = byRefReassignedAfter()()
	f, _ := byRefAddressTaken()
	_ = f()
	_ = byValueString()()
	_ = byValueSlice()()
	_ = capturedPointer()()
	i, g := twoClosuresShare()
	i()
	_ = g()
}
