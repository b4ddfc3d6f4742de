// Method values bind their receiver in a closure (`T.M-fm`); method expressions do not.
package main

type Counter struct{ n int }

func (c *Counter) Inc()     { c.n++ } // ERROR "c does not escape$"
func (c Counter) Get() int  { return c.n }
func (c *Counter) Add(d int) { c.n += d } // ERROR "c does not escape$"

var saved func()

func localMethodValue() int {
	c := Counter{}
	f := c.Inc // ERROR "c\.Inc does not escape$"
	f()
	f()
	return c.n
}

func valueMethodValue() int {
	c := Counter{n: 3}
	g := c.Get // ERROR "c\.Get does not escape$"
	return g()
}

func escapingMethodValue() func() {
	c := &Counter{} // ERROR "&Counter\{\} escapes to heap$"
	return c.Inc // ERROR "c\.Inc escapes to heap$"
}

func globalMethodValue() {
	var c Counter // ERROR "moved to heap: c$"
	saved = c.Inc // ERROR "c\.Inc escapes to heap$"
}

func methodExpr() int {
	c := Counter{}
	(*Counter).Add(&c, 2)
	return Counter.Get(c)
}

func methodValueArg(f func(int)) { // ERROR "f does not escape$"
	f(1)
}

func passMethodValue() int {
	c := Counter{}
	methodValueArg(c.Add) // ERROR "c\.Add does not escape$"
	return c.n
}

func main() {
	_ = localMethodValue()
	_ = valueMethodValue()
	escapingMethodValue()()
	globalMethodValue()
	_ = methodExpr()
	_ = passMethodValue()
}
