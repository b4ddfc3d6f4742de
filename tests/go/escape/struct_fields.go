// Fields and embedding: the address of a field is the address of its struct; embedded
// pointers and nested structs follow their containers.
package main

type Inner struct{ n int }

type Outer struct {
	Inner
	ptr  *Inner
	vals [4]int
}

type Wrapper struct {
	*Inner
	tag string
}

var keepInner *Inner
var keepInt *int

func fieldAddrLocal() int {
	o := Outer{}
	p := &o.vals[1]
	*p = 3
	return o.vals[1]
}

func fieldAddrEscapes() {
	o := Outer{} // ERROR "moved to heap: o$"
	keepInt = &o.Inner.n
}

func embeddedAddr() *Inner {
	o := Outer{} // ERROR "moved to heap: o$"
	return &o.Inner
}

func embeddedPtr() int {
	w := Wrapper{Inner: &Inner{n: 1}} // ERROR "&Inner\{\.\.\.\} does not escape$"
	return w.n
}

func embeddedPtrEscapes() *Inner {
	w := Wrapper{Inner: &Inner{n: 2}, tag: "t"} // ERROR "&Inner\{\.\.\.\} escapes to heap$"
	return w.Inner
}

func promotedField(w *Wrapper) int { // ERROR "w does not escape$"
	return w.n
}

func storePtrField(o *Outer) { // ERROR "o does not escape$"
	in := Inner{n: 5} // ERROR "moved to heap: in$"
	o.ptr = &in
}

func copyStruct(o Outer) Outer { // ERROR "leaking param: o to result ~r0 level=0$"
	c := o
	c.vals[0] = 1
	return c
}

func nestedLiteral() *Outer {
	return &Outer{ptr: &Inner{n: 9}} // ERROR "&Outer\{\.\.\.\} escapes to heap$" "&Inner\{\.\.\.\} escapes to heap$"
}

func keepField(o *Outer) { // ERROR "leaking param content: o$"
	keepInner = o.ptr
}

func main() {
	_ = fieldAddrLocal()
	fieldAddrEscapes()
	_ = embeddedAddr()
	_ = embeddedPtr()
	_ = embeddedPtrEscapes()
	_ = promotedField(&Wrapper{Inner: &Inner{}}) // ERROR "&Wrapper\{\.\.\.\} does not escape$" "&Inner\{\} does not escape$"
	storePtrField(&Outer{}) // ERROR "&Outer\{\} does not escape$"
	_ = copyStruct(Outer{})
	_ = nestedLiteral()
	keepField(&Outer{}) // ERROR "&Outer\{\} does not escape$"
}
