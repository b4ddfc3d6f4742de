// Assignments: multiple assignment, swaps, struct copies holding pointers, and pointers
// that flow through several locals before escaping.
package main

type Pair struct {
	a, b *int
}

var sink *int
var sinkPair Pair

func chain() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	q := p
	r := q
	sink = r
}

func swap() int {
	x, y := 1, 2
	p, q := &x, &y
	p, q = q, p
	return *p - *q
}

func structCopy() {
	x := 3 // ERROR "moved to heap: x$"
	pr := Pair{a: &x}
	cp := pr
	sinkPair = cp
}

func structCopyLocal() int {
	x := 4
	pr := Pair{a: &x}
	cp := pr
	return *cp.a
}

func reassignedPtr() int {
	x, y := 5, 6 // ERROR "moved to heap: x$" "moved to heap: y$"
	p := &x
	p = &y
	sink = p
	return x
}

func blankAssign() {
	x := 7
	_ = &x
}

func condFlow(c bool) {
	x, y := 8, 9 // ERROR "moved to heap: x$" "moved to heap: y$"
	var p *int
	if c {
		p = &x
	} else {
		p = &y
	}
	sink = p
}

func main() {
	chain()
	_ = swap()
	structCopy()
	_ = structCopyLocal()
	_ = reassignedPtr()
	blankAssign()
	condFlow(true)
}
