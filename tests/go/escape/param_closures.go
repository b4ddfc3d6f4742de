// Parameters captured by closures: a returned closure that uses a pointer parameter makes it
// leak; one called in place does not; named results captured and set by closures.
package main

type Conf struct{ v int }

func reader(c *Conf) func() int { // ERROR "leaking param: c$"
	return func() int { return c.v } // ERROR "func literal escapes to heap$"
}

func readNow(c *Conf) int { // ERROR "c does not escape$"
	f := func() int { return c.v } // ERROR "func literal does not escape$"
	return f()
}

func setter(c *Conf) func(int) { // ERROR "leaking param: c$"
	return func(v int) { c.v = v } // ERROR "func literal escapes to heap$"
}

func withDefault(c *Conf) (r *Conf) { // ERROR "leaking param: c to result r level=0$"
	set := func() { r = c } // ERROR "func literal does not escape$"
	set()
	return
}

func lazy(n int) func() *Conf {
	return func() *Conf { return &Conf{v: n} } // ERROR "func literal escapes to heap$" "&Conf\{\.\.\.\} escapes to heap$"
}

func capSlice(s []int) func() int { // ERROR "leaking param: s$"
	return func() int { return len(s) } // ERROR "func literal escapes to heap$"
}

func capSliceNow(s []int) int { // ERROR "s does not escape$"
	return func() int { return s[0] }() // ERROR "func literal does not escape$"
}

func main() {
	c := &Conf{} // ERROR "&Conf\{\} escapes to heap$"
	_ = reader(c)()
	_ = readNow(c)
	setter(c)(1)
	_ = withDefault(c)
	_ = lazy(1)()
	_ = capSlice(nil)()
	_ = capSliceNow([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
