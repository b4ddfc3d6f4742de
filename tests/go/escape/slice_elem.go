// Slices: stores into slice elements go through the backing array's pointer, so the stored
// address escapes; a constant-size make that stays local lives in the frame.
package main

type Item struct{ v int }

var keepAll []*Item

func storeElem(s []*int) { // ERROR "s does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	s[0] = &x
}

func storeElemLocal() int {
	s := make([]*int, 2) // ERROR "make\(\[\]\*int, 2\) does not escape$"
	y := 2 // ERROR "moved to heap: y$"
	s[0] = &y
	return *s[0]
}

func literalSliceLocal() int {
	s := []int{1, 2, 3, 4} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func literalSliceReturned() []int {
	return []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func makeConstLocal() int {
	s := make([]int, 16) // ERROR "make\(\[\]int, 16\) does not escape$"
	s[3] = 3
	return len(s)
}

func makeVarSize(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
	return len(s)
}

func makeVarCap(n int) []byte {
	b := make([]byte, 0, n) // ERROR "make\(\[\]byte, 0, n\) escapes to heap$"
	return append(b, 'x') // ERROR "append escapes to heap$"
}

func sliceOfPtrsLocal() int {
	a, b := Item{1}, Item{2}
	s := []*Item{&a, &b} // ERROR "\[\]\*Item\{\.\.\.\} does not escape$"
	return s[0].v + s[1].v
}

func sliceOfPtrsGlobal() {
	a := Item{3} // ERROR "moved to heap: a$"
	keepAll = []*Item{&a} // ERROR "\[\]\*Item\{\.\.\.\} escapes to heap$"
}

func subslice(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:3]
}

func arraySlice() int {
	var arr [10]int
	s := arr[2:5]
	s[0] = 1
	return arr[2]
}

func copyInto(dst, src []int) int { // ERROR "dst does not escape$" "src does not escape$"
	return copy(dst, src)
}

func elemOfParam(s []*Item) *Item { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}

func main() {
	storeElem(make([]*int, 1)) // ERROR "make\(\[\]\*int, 1\) does not escape$"
	_ = storeElemLocal()
	_ = literalSliceLocal()
	_ = literalSliceReturned()
	_ = makeConstLocal()
	_ = makeVarSize(5)
	_ = makeVarCap(5)
	_ = sliceOfPtrsLocal()
	sliceOfPtrsGlobal()
	_ = subslice([]int{1, 2, 3, 4}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = arraySlice()
	_ = copyInto(make([]int, 3), []int{1, 2, 3}) // ERROR "make\(\[\]int, 3\) does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	_ = elemOfParam([]*Item{{1}}) // ERROR "\[\]\*Item\{\.\.\.\} does not escape$" "&Item\{\.\.\.\} does not escape$"
}
