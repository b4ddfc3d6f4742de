// Size limits of implicit allocations: new, &T{} and constant-size make stay in the frame up
// to 64 KiB (65536 bytes) and go to the heap above.
package main

type B65536 struct{ data [65536]byte }
type B65537 struct{ data [65537]byte }
type I8192 struct{ data [8192]int }
type I8193 struct{ data [8193]int }

func newAtLimit() byte {
	p := new(B65536) // ERROR "new\(B65536\) does not escape$"
	return p.data[0]
}

func newAboveLimit() byte {
	p := new(B65537) // ERROR "new\(B65537\) escapes to heap$"
	return p.data[0]
}

func litAtLimit() int {
	p := &I8192{} // ERROR "&I8192\{\} does not escape$"
	return p.data[1]
}

func litAboveLimit() int {
	p := &I8193{} // ERROR "&I8193\{\} escapes to heap$"
	return p.data[1]
}

func newArrayAtLimit() byte {
	p := new([65536]byte) // ERROR "new\(\[65536\]byte\) does not escape$"
	return p[10]
}

func newArrayAboveLimit() byte {
	p := new([65537]byte) // ERROR "new\(\[65537\]byte\) escapes to heap$"
	return p[10]
}

func smallNew() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	*p = 1
	return *p
}

func main() {
	_ = newAtLimit()
	_ = newAboveLimit()
	_ = litAtLimit()
	_ = litAboveLimit()
	_ = newArrayAtLimit()
	_ = newArrayAboveLimit()
	_ = smallNew()
}
