// append: the result shares the argument's backing array; a grown array is a new heap
// allocation unless the slice stays local.
package main

var global []int

func appendLocal() int {
	var s []int
	for i := 0; i < 4; i++ {
		s = append(s, i) // ERROR "append does not escape$"
	}
	return len(s)
}

func appendReturn(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, v) // ERROR "append escapes to heap$"
}

func appendGlobal(v int) {
	global = append(global, v) // ERROR "append escapes to heap$"
}

func appendPtrs() []*int {
	var out []*int
	for i := 0; i < 3; i++ {
		v := i // ERROR "moved to heap: v$"
		out = append(out, &v) // ERROR "append escapes to heap$"
	}
	return out
}

func appendLocalPtrs() int {
	var out []*int
	a, b := 1, 2 // ERROR "moved to heap: a$" "moved to heap: b$"
	out = append(out, &a, &b) // ERROR "append does not escape$"
	return *out[0] + *out[1]
}

func appendSpread(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...) // ERROR "append escapes to heap$"
}

func appendString(b []byte, s string) []byte { // ERROR "leaking param: b to result ~r0 level=0$" "s does not escape$"
	return append(b, s...) // ERROR "append escapes to heap$"
}

func appendToMade() []int {
	s := make([]int, 0, 8) // ERROR "make\(\[\]int, 0, 8\) escapes to heap$"
	s = append(s, 1, 2, 3) // ERROR "append escapes to heap$"
	return s
}

func appendLiteral() int {
	s := append([]int{1}, 2, 3) // ERROR "append does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	return s[2]
}

func main() {
	_ = appendLocal()
	_ = appendReturn(nil, 1)
	appendGlobal(1)
	_ = appendPtrs()
	_ = appendLocalPtrs()
	_ = appendSpread([]int{1}, []int{2}) // ERROR "\[\]int\{\.\.\.\} does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	_ = appendString(nil, "x")
	_ = appendToMade()
	_ = appendLiteral()
}
