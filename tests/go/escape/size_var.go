// Size limits of declared variables: a variable stays in the frame up to 128 KiB (131072
// bytes) and moves to the heap above, even when its address is never taken.
package main

type K128 struct{ data [131072]byte }
type K128p1 struct{ data [131073]byte }

func varAtLimit() byte {
	var a [131072]byte
	a[5] = 1
	return a[5]
}

func varAboveLimit() byte {
	var a [131073]byte // ERROR "moved to heap: a$"
	a[5] = 1
	return a[5]
}

func structAtLimit() byte {
	var s K128
	s.data[1] = 2
	return s.data[1]
}

func structAboveLimit() byte {
	var s K128p1 // ERROR "moved to heap: s$"
	s.data[1] = 2
	return s.data[1]
}

func intsAtLimit() int {
	var a [16384]int
	a[0] = 1
	return a[0]
}

func intsAboveLimit() int {
	var a [16385]int // ERROR "moved to heap: a$"
	a[0] = 1
	return a[0]
}

func largeArrayLiteral() int {
	x := [1 << 20]int{} // ERROR "moved to heap: x$"
	return x[0]
}

func addrOfLarge() byte {
	var a [131072]byte
	p := &a
	return p[3]
}

func main() {
	_ = varAtLimit()
	_ = varAboveLimit()
	_ = structAtLimit()
	_ = structAboveLimit()
	_ = intsAtLimit()
	_ = intsAboveLimit()
	_ = largeArrayLiteral()
	_ = addrOfLarge()
}
