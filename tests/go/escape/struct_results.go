// Results that carry pointers: a struct or several results returned by value still make the
// locals they point to escape; ~r0, ~r1, ~r2 name unnamed results in leak reports.
package main

type Span struct {
	start, end *int
}

type View struct {
	data []int
	name string
}

func span() Span {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	return Span{&a, &b}
}

func view() View {
	arr := [4]int{1, 2, 3, 4} // ERROR "moved to heap: arr$"
	return View{data: arr[:], name: "v"}
}

func viewOf(s []int, name string) View { // ERROR "leaking param: s to result ~r0 level=0$" "leaking param: name to result ~r0 level=0$"
	return View{data: s, name: name}
}

func three(a, b, c *int) (*int, *int, *int) { // ERROR "leaking param: a to result ~r1 level=0$" "leaking param: b to result ~r2 level=0$" "leaking param: c to result ~r0 level=0$"
	return c, a, b
}

func firstOf(v View) int { // ERROR "v does not escape$"
	return v.data[0]
}

func keepLocalSpan() int {
	x := 5
	s := Span{start: &x}
	return *s.start
}

func main() {
	_ = span()
	_ = view()
	_ = viewOf(nil, "")
	x, y, z := 1, 2, 3
	_, _, _ = three(&x, &y, &z)
	_ = firstOf(View{})
	_ = keepLocalSpan()
}
