// Pointer methods called on addressable values take their address implicitly (`v.M()` is
// `(&v).M()`): the value moves to the heap exactly when the method leaks its receiver.
package main

type Counter struct{ n int }

var last *Counter

func (c *Counter) Inc() { c.n++ } // ERROR "c does not escape$"

func (c *Counter) Keep() { last = c } // ERROR "leaking param: c$"

func (c *Counter) Me() *Counter { return c } // ERROR "leaking param: c to result ~r0 level=0$"

func incLocal() int {
	var c Counter
	c.Inc()
	c.Inc()
	return c.n
}

func keepLocal() {
	var c Counter // ERROR "moved to heap: c$"
	c.Keep()
}

func meLocal() int {
	var c Counter
	return c.Me().n
}

func meReturned() *Counter {
	var c Counter // ERROR "moved to heap: c$"
	return c.Me()
}

func arrayElem() int {
	var cs [3]Counter
	cs[1].Inc()
	return cs[1].n
}

func arrayElemKept() {
	var cs [3]Counter // ERROR "moved to heap: cs$"
	cs[2].Keep()
}

func fieldOfLocal() int {
	var s struct {
		c Counter
		x int
	}
	s.c.Inc()
	return s.c.n
}

func sliceElem(cs []Counter) { // ERROR "leaking param: cs$"
	cs[0].Keep()
}

func main() {
	_ = incLocal()
	keepLocal()
	_ = meLocal()
	_ = meReturned()
	_ = arrayElem()
	arrayElemKept()
	_ = fieldOfLocal()
	sliceElem(make([]Counter, 1)) // ERROR "make\(\[\]Counter, 1\) escapes to heap$"
}
