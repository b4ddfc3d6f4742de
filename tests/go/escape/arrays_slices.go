// Arrays are values (copied, kept in the frame); slicing an array takes its address, so the
// array moves to the heap when the slice escapes.
package main

var keep []int

func arrayCopy() int {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 9
	return a[0] + b[0]
}

func arrayOfArrays() int {
	var m [3][3]int
	m[1][1] = 5
	return m[1][1]
}

func sliceLocal() int {
	a := [4]int{1, 2, 3, 4}
	s := a[1:3]
	return s[0]
}

func sliceKept() {
	a := [4]int{1, 2, 3, 4} // ERROR "moved to heap: a$"
	keep = a[:]
}

func sliceReturned() []int {
	var a [3]int // ERROR "moved to heap: a$"
	return a[:2]
}

func arrayPtr() *[4]int {
	return &[4]int{1, 2, 3, 4} // ERROR "&\[4\]int\{\.\.\.\} escapes to heap$"
}

func arrayPtrLocal() int {
	p := &[4]int{1, 2, 3, 4} // ERROR "&\[4\]int\{\.\.\.\} does not escape$"
	return p[2]
}

func arrayParam(a [4]int) int {
	return a[3]
}

func arrayPtrParam(a *[4]int) []int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[:]
}

func fullSlice() int {
	var a [8]int
	s := a[2:4:6]
	return cap(s)
}

func main() {
	_ = arrayCopy()
	_ = arrayOfArrays()
	_ = sliceLocal()
	sliceKept()
	_ = sliceReturned()
	_ = arrayPtr()
	_ = arrayPtrLocal()
	_ = arrayParam([4]int{})
	_ = arrayPtrParam(&[4]int{}) // ERROR "&\[4\]int\{\} does not escape$"
	_ = fullSlice()
}
