// Returned addresses: a local whose address is returned moves to the heap; a value
// returned by copy stays in the frame.
package main

type Point struct{ X, Y int }

type Pair struct {
	A, B *int
}

func newPointPtr() *Point {
	p := Point{X: 1, Y: 2} // ERROR "moved to heap: p$"
	return &p
}

func newPointValue() Point {
	p := Point{X: 1, Y: 2}
	return p
}

func newPointLit() *Point {
	return &Point{X: 3, Y: 4} // ERROR "&Point\{\.\.\.\} escapes to heap$"
}

func newPointNew() *Point {
	p := new(Point) // ERROR "new\(Point\) escapes to heap$"
	p.X = 5
	return p
}

func newInt() *int {
	x := 10 // ERROR "moved to heap: x$"
	return &x
}

func addrOfField() *int {
	p := Point{X: 7} // ERROR "moved to heap: p$"
	return &p.Y
}

func addrOfElem() *int {
	var a [4]int // ERROR "moved to heap: a$"
	a[2] = 9
	return &a[2]
}

func sliceOfLocalArray() []int {
	var a [8]int // ERROR "moved to heap: a$"
	return a[:]
}

func localOnly() int {
	p := &Point{X: 1, Y: 2} // ERROR "&Point\{\.\.\.\} does not escape$"
	q := new(Point) // ERROR "new\(Point\) does not escape$"
	q.X = p.X + p.Y
	return q.X
}

func derefReturn() int {
	x := 42
	p := &x
	return *p
}

func twoResults() (*int, int) {
	a, b := 1, 2 // ERROR "moved to heap: a$"
	return &a, b
}

func namedResult() (r *Point) {
	v := Point{1, 1} // ERROR "moved to heap: v$"
	r = &v
	return
}

func pairOfPtrs() Pair {
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	return Pair{A: &a, B: &b}
}

func condReturn(flag bool) *Point {
	p1 := Point{1, 2} // ERROR "moved to heap: p1$"
	p2 := Point{3, 4}
	if flag {
		return &p1
	}
	_ = p2
	return nil
}

func main() {
	_ = newPointPtr()
	_ = newPointValue()
	_ = newPointLit()
	_ = newPointNew()
	_ = newInt()
	_ = addrOfField()
	_ = addrOfElem()
	_ = sliceOfLocalArray()
	_ = localOnly()
	_ = derefReturn()
	_, _ = twoResults()
	_ = namedResult()
	_ = pairOfPtrs()
	_ = condReturn(true)
}
