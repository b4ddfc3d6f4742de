// Interface values holding pointers and values: storing, asserting, comparing and passing
// them on; method values taken from interfaces.
package main

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type Tri struct{ b, h float64 }

func (t *Tri) Area() float64 { return t.b * t.h / 2 } // ERROR "t does not escape$"

var shapes []Shape
var areaFn func() float64

func total(ss []Shape) float64 { // ERROR "leaking param content: ss$"
	t := 0.0
	for _, s := range ss {
		t += s.Area()
	}
	return t
}

func localShapes() float64 {
	ss := []Shape{Sq{1}, &Tri{2, 3}} // ERROR "\[\]Shape\{\.\.\.\} does not escape$" "Sq\{\.\.\.\} escapes to heap$" "&Tri\{\.\.\.\} escapes to heap$"
	return total(ss)
}

func keptShapes() {
	shapes = append(shapes, Sq{2}, &Tri{1, 1}) // ERROR "append escapes to heap$" "Sq\{\.\.\.\} escapes to heap$" "&Tri\{\.\.\.\} escapes to heap$"
}

func methodValueIface(s Shape) { // ERROR "leaking param: s$"
	areaFn = s.Area // ERROR "s\.Area escapes to heap$"
}

func methodValueIfaceLocal(s Shape) float64 { // ERROR "leaking param: s$"
	f := s.Area // ERROR "s\.Area does not escape$"
	return f()
}

func asserted(s Shape) *Tri { // ERROR "leaking param: s to result ~r0 level=0$"
	if t, ok := s.(*Tri); ok {
		return t
	}
	return nil
}

func compare(a, b Shape) bool { // ERROR "a does not escape$" "b does not escape$"
	return a == b
}

func ifaceArray() float64 {
	var arr [2]Shape
	arr[0] = Sq{3} // ERROR "Sq\{\.\.\.\} escapes to heap$"
	arr[1] = &Tri{4, 5} // ERROR "&Tri\{\.\.\.\} escapes to heap$"
	return arr[0].Area() + arr[1].Area()
}

func mapOfIfaces() map[string]Shape {
	return map[string]Shape{"sq": Sq{1}} // ERROR "map\[string\]Shape\{\.\.\.\} escapes to heap$" "Sq\{\.\.\.\} escapes to heap$"
}

func main() {
	_ = localShapes()
	keptShapes()
	methodValueIface(Sq{1}) // ERROR "Sq\{\.\.\.\} escapes to heap$"
	_ = methodValueIfaceLocal(Sq{2}) // ERROR "Sq\{\.\.\.\} escapes to heap$"
	_ = asserted(&Tri{}) // ERROR "&Tri\{\} does not escape$"
	_ = compare(Sq{1}, Sq{1}) // ERROR "Sq\{\.\.\.\} does not escape$" "Sq\{\.\.\.\} does not escape$"
	_ = ifaceArray()
	_ = mapOfIfaces()
}
