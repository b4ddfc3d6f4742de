// Calls through interfaces: gc cannot see the callee, so arguments (and the receiver's
// boxed value) escape; calls on concrete types use the method's summary.
package main

type Writer interface {
	Write(p []byte) int
}

type Counter struct{ n int }

func (c *Counter) Write(p []byte) int { // ERROR "c does not escape$" "p does not escape$"
	c.n += len(p)
	return len(p)
}

type Discard struct{}

func (Discard) Write(p []byte) int { return len(p) } // ERROR "p does not escape$"

type Namer interface{ Name() string }

type Person struct{ first, last string }

func (p Person) Name() string { return p.first + " " + p.last } // ERROR "p does not escape$" "p\.first \+ \" \" \+ p\.last escapes to heap$"

func writeIface(w Writer) int { // ERROR "leaking param: w$"
	buf := make([]byte, 16) // ERROR "make\(\[\]byte, 16\) escapes to heap$"
	return w.Write(buf)
}

func writeConcrete(c *Counter) int { // ERROR "c does not escape$"
	buf := make([]byte, 16) // ERROR "make\(\[\]byte, 16\) does not escape$"
	return c.Write(buf)
}

func localCounterAsIface() int {
	c := Counter{}
	var w Writer = &c
	return w.Write([]byte("abc")) // ERROR "devirtualizing w\.Write to \*Counter$" "\(\[\]byte\)\(\"abc\"\) does not escape$" "zero-copy string->\[\]byte conversion$"
}

func discardAsIface() int {
	var w Writer = Discard{} // ERROR "Discard\{\} does not escape$"
	return w.Write(nil) // ERROR "devirtualizing w\.Write to Discard$"
}

func nameOf(n Namer) string { // ERROR "leaking param: n$"
	return n.Name()
}

func personName() string {
	p := Person{"Ada", "Lovelace"}
	return nameOf(p) // ERROR "p escapes to heap$"
}

func personNameDirect() string {
	p := Person{"Alan", "Turing"}
	return p.Name()
}

func main() {
	_ = writeIface(&Counter{}) // ERROR "&Counter\{\} escapes to heap$"
	_ = writeConcrete(&Counter{}) // ERROR "&Counter\{\} does not escape$"
	_ = localCounterAsIface()
	_ = discardAsIface()
	_ = personName()
	_ = personNameDirect()
}
