// Size limits of make: a constant-size make stays local up to 64 KiB; a make whose size is
// not a constant is reported as escaping (gc keeps a small stack buffer at run time).
package main

const limitBytes = 65536

func makeBytesAtLimit() int {
	b := make([]byte, 65536) // ERROR "make\(\[\]byte, 65536\) does not escape$"
	return len(b)
}

func makeBytesAboveLimit() int {
	b := make([]byte, 65537) // ERROR "make\(\[\]byte, 65537\) escapes to heap$"
	return len(b)
}

func makeIntsAtLimit() int {
	s := make([]int, 8192) // ERROR "make\(\[\]int, 8192\) does not escape$"
	return len(s)
}

func makeIntsAboveLimit() int {
	s := make([]int, 8193) // ERROR "make\(\[\]int, 8193\) escapes to heap$"
	return len(s)
}

func makeNamedConst() int {
	b := make([]byte, limitBytes) // ERROR "make\(\[\]byte, 65536\) does not escape$"
	return len(b)
}

func makeCapAtLimit() int {
	b := make([]byte, 0, 65536) // ERROR "make\(\[\]byte, 0, 65536\) does not escape$"
	return cap(b)
}

func makeCapAboveLimit() int {
	b := make([]byte, 0, 65537) // ERROR "make\(\[\]byte, 0, 65537\) escapes to heap$"
	return cap(b)
}

func makeVariable(n int) int {
	b := make([]byte, n) // ERROR "make\(\[\]byte, n\) does not escape$"
	return len(b)
}

func makeVariableCap(n int) int {
	b := make([]int, 0, n) // ERROR "make\(\[\]int, 0, n\) does not escape$"
	b = append(b, 1) // ERROR "append does not escape$"
	return len(b)
}

func makeHuge() int {
	data := make([]int, 1000000) // ERROR "make\(\[\]int, 1000000\) escapes to heap$"
	return len(data)
}

func makeMap() int {
	m := make(map[int]int, 100) // ERROR "make\(map\[int\]int, 100\) does not escape$"
	m[1] = 1
	return len(m)
}

func main() {
	_ = makeBytesAtLimit()
	_ = makeBytesAboveLimit()
	_ = makeIntsAtLimit()
	_ = makeIntsAboveLimit()
	_ = makeNamedConst()
	_ = makeCapAtLimit()
	_ = makeCapAboveLimit()
	_ = makeVariable(10)
	_ = makeVariableCap(10)
	_ = makeHuge()
	_ = makeMap()
}
