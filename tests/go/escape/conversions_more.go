// Conversions gc optimises: ranging over []byte(s), comparing string(b), string(b) as a map
// key, appending a string to a nil byte slice, copying a string into bytes; and conversions to
// interfaces of pointer-shaped values (maps, channels, funcs) that need no box.
package main

type Stringer interface{ String() string }

type Name string

func (n Name) String() string { return string(n) } // ERROR "leaking param: n to result ~r0 level=0$"

var sinkAny any
var sinkStringer Stringer

func rangeBytes(s string) int { // ERROR "s does not escape$"
	t := 0
	for _, b := range []byte(s) { // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
		t += int(b)
	}
	return t
}

func compareBytes(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "yes" // ERROR "string\(b\) does not escape$"
}

func concatCompare(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a+b == "ab" // ERROR "a \+ b does not escape$"
}

func keyFromBytes(m map[string]int, b []byte) { // ERROR "m does not escape$" "b does not escape$"
	m[string(b)]++ // ERROR "string\(b\) escapes to heap$"
}

func appendToNil(s string) []byte { // ERROR "s does not escape$"
	return append([]byte(nil), s...) // ERROR "append escapes to heap$"
}

func copyString(s string) int { // ERROR "s does not escape$"
	b := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) does not escape$"
	return copy(b, s)
}

func lenOfString(b []byte) int { // ERROR "b does not escape$"
	return len(string(b)) // ERROR "string\(b\) does not escape$"
}

func mapToAny(m map[string]int) { // ERROR "leaking param: m$"
	sinkAny = m
}

func funcToAny() {
	sinkAny = func() {} // ERROR "func literal escapes to heap$"
}

func ptrToAny(p *int) any { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func namedToStringer(n Name) { // ERROR "leaking param: n$"
	sinkStringer = n // ERROR "n escapes to heap$"
}

func stringerToAny(s Stringer) { // ERROR "leaking param: s$"
	sinkAny = s
}

func main() {
	_ = rangeBytes("abc")
	_ = compareBytes(nil)
	_ = concatCompare("a", "b")
	keyFromBytes(map[string]int{}, nil) // ERROR "map\[string\]int\{\} does not escape$"
	_ = appendToNil("x")
	_ = copyString("y")
	_ = lenOfString(nil)
	mapToAny(nil)
	funcToAny()
	_ = ptrToAny(nil)
	namedToStringer("n")
	stringerToAny(Name("m")) // ERROR "Name\(\"m\"\) escapes to heap$"
}
