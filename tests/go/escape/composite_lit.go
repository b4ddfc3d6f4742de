// Composite literals: struct, array, slice and map literals, nested, with pointer fields,
// local or escaping, and how gc abbreviates them (`&T{...}`, `&T{}`, `[]int{...}`).
package main

type Point struct{ X, Y int }

type Line struct {
	A, B *Point
}

type Poly struct {
	pts []Point
}

var sinkLine *Line
var sinkPts []*Point

func localNested() int {
	l := Line{A: &Point{1, 2}, B: &Point{3, 4}} // ERROR "&Point\{\.\.\.\} does not escape$" "&Point\{\.\.\.\} does not escape$"
	return l.A.X + l.B.Y
}

func escapingNested() {
	sinkLine = &Line{A: &Point{1, 2}, B: &Point{}} // ERROR "&Line\{\.\.\.\} escapes to heap$" "&Point\{\.\.\.\} escapes to heap$" "&Point\{\} escapes to heap$"
}

func sliceOfStructs() int {
	ps := []Point{{1, 2}, {3, 4}} // ERROR "\[\]Point\{\.\.\.\} does not escape$"
	return ps[1].X
}

func sliceOfPtrLits() {
	sinkPts = []*Point{{1, 2}, {3, 4}} // ERROR "\[\]\*Point\{\.\.\.\} escapes to heap$" "&Point\{\.\.\.\} escapes to heap$" "&Point\{\.\.\.\} escapes to heap$"
}

func arrayOfPtrs() int {
	arr := [2]*Point{&Point{}, &Point{X: 5}} // ERROR "&Point\{\} does not escape$" "&Point\{\.\.\.\} does not escape$"
	return arr[1].X
}

func polyLocal() int {
	p := Poly{pts: []Point{{0, 0}, {1, 1}}} // ERROR "\[\]Point\{\.\.\.\} does not escape$"
	return len(p.pts)
}

func polyReturned() *Poly {
	return &Poly{pts: []Point{{2, 2}}} // ERROR "&Poly\{\.\.\.\} escapes to heap$" "\[\]Point\{\.\.\.\} escapes to heap$"
}

func mapOfLits() int {
	m := map[string]Point{"o": {0, 0}} // ERROR "map\[string\]Point\{\.\.\.\} does not escape$"
	return len(m)
}

func mapOfPtrLits() map[string]*Point {
	return map[string]*Point{"o": {0, 0}} // ERROR "map\[string\]\*Point\{\.\.\.\} escapes to heap$" "&Point\{\.\.\.\} escapes to heap$"
}

func emptyLits() (int, int) {
	s := []int{} // ERROR "\[\]int\{\} does not escape$"
	m := map[int]int{} // ERROR "map\[int\]int\{\} does not escape$"
	return len(s), len(m)
}

func keyedArray() int {
	a := [...]int{5: 1, 9: 2}
	return len(a)
}

func main() {
	_ = localNested()
	escapingNested()
	_ = sliceOfStructs()
	sliceOfPtrLits()
	_ = arrayOfPtrs()
	_ = polyLocal()
	_ = polyReturned()
	_ = mapOfLits()
	_ = mapOfPtrLits()
	_, _ = emptyLits()
	_ = keyedArray()
}
