// Interface conversions: a non-pointer value stored in an interface is boxed; the box escapes
// when the interface does, and stays in the frame when it does not.
package main

type Shape interface{ Area() int }

type Rect struct{ w, h int }

func (r Rect) Area() int { return r.w * r.h }

type Circle struct{ r int }

func (c *Circle) Area() int { return 3 * c.r * c.r } // ERROR "c does not escape$"

var sink any
var shapes []Shape

func boxLocal() int {
	var s Shape = Rect{2, 3} // ERROR "Rect\{\.\.\.\} does not escape$"
	return s.Area() // ERROR "devirtualizing s\.Area to Rect$"
}

func boxEscapes() {
	var s Shape = Rect{4, 5} // ERROR "Rect\{\.\.\.\} escapes to heap$"
	shapes = append(shapes, s) // ERROR "append escapes to heap$"
}

func ptrInIface() int {
	c := Circle{r: 2}
	var s Shape = &c
	return s.Area() // ERROR "devirtualizing s\.Area to \*Circle$"
}

func toSink(x int) {
	sink = x // ERROR "x escapes to heap$"
}

func toSinkStruct() {
	r := Rect{1, 1}
	sink = r // ERROR "r escapes to heap$"
}

func returnIface() any {
	v := 3.5
	return v // ERROR "3\.5 escapes to heap$"
}

func returnShape() Shape {
	return &Circle{r: 1} // ERROR "&Circle\{\.\.\.\} escapes to heap$"
}

func takeAny(v any) {} // ERROR "v does not escape$"

func keepAny(v any) { // ERROR "leaking param: v$"
	sink = v
}

func callTakeAny() {
	takeAny(42) // ERROR "42 does not escape$"
	takeAny("str") // ERROR "\"str\" does not escape$"
	takeAny(Rect{}) // ERROR "Rect\{\} does not escape$"
}

func callKeepAny() {
	keepAny(42) // ERROR "42 escapes to heap$"
	x := 7
	keepAny(x) // ERROR "7 escapes to heap$"
	keepAny(Rect{}) // ERROR "Rect\{\} escapes to heap$"
}

func assertBack(v any) int { // ERROR "v does not escape$"
	if r, ok := v.(Rect); ok {
		return r.w
	}
	return 0
}

func typeSwitch(v any) int { // ERROR "v does not escape$"
	switch t := v.(type) {
	case *Circle:
		return t.r
	case Rect:
		return t.h
	}
	return 0
}

func zeroSized() any {
	return struct{}{} // ERROR "struct \{\}\{\} escapes to heap$"
}

func smallInts() (any, any) {
	return byte(1), true // ERROR "byte\(1\) escapes to heap$" "true escapes to heap$"
}

func errorValue() error {
	return &myErr{} // ERROR "&myErr\{\} escapes to heap$"
}

type myErr struct{ msg string }

func (e *myErr) Error() string { return e.msg } // ERROR "leaking param: e to result ~r0 level=1$"

func main() {
	_ = boxLocal()
	boxEscapes()
	_ = ptrInIface()
	toSink(1)
	toSinkStruct()
	_ = returnIface()
	_ = returnShape()
	callTakeAny()
	callKeepAny()
	_ = assertBack(Rect{}) // ERROR "Rect\{\} does not escape$"
	_ = typeSwitch(&Circle{}) // ERROR "&Circle\{\} does not escape$"
	_ = zeroSized()
	_, _ = smallInts()
	_ = errorValue()
}
