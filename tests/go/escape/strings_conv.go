// Strings: concatenation builds a new string (a heap object when it escapes); []byte(s) and
// string(b) copy, and the copy stays in the frame when it does not escape.
package main

import "strings"

var sinkS string
var sinkB []byte

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatReturn(a string) string { // ERROR "a does not escape$"
	return a + "!" // ERROR "a \+ \"!\" escapes to heap$"
}

func concatThree(a, b, c string) string { // ERROR "a does not escape$" "b does not escape$" "c does not escape$"
	return a + "-" + b + "-" + c // ERROR "a \+ \"-\" \+ b \+ \"-\" \+ c escapes to heap$"
}

func concatGlobal(a string) { // ERROR "a does not escape$"
	sinkS = "<" + a + ">" // ERROR "\"<\" \+ a \+ \">\" escapes to heap$"
}

func concatAssign(parts []string) string { // ERROR "leaking param: parts to result ~r0 level=1$"
	s := ""
	for _, p := range parts {
		s += p
	}
	return s
}

func bytesLocal(s string) int { // ERROR "s does not escape$"
	b := []byte(s) // ERROR "\(\[\]byte\)\(s\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b)
}

func bytesReturn(s string) []byte { // ERROR "s does not escape$"
	return []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func bytesGlobal(s string) { // ERROR "s does not escape$"
	sinkB = []byte(s) // ERROR "\(\[\]byte\)\(s\) escapes to heap$"
}

func stringLocal(b []byte) bool { // ERROR "b does not escape$"
	return string(b) == "ok" // ERROR "string\(b\) does not escape$"
}

func stringReturn(b []byte) string { // ERROR "b does not escape$"
	return string(b) // ERROR "string\(b\) escapes to heap$"
}

func runesLocal(s string) int { // ERROR "s does not escape$"
	r := []rune(s) // ERROR "\(\[\]rune\)\(s\) does not escape$"
	return len(r)
}

func runeToString(r rune) string {
	return string(r) // ERROR "string\(r\) escapes to heap$"
}

func mapLookupBytes(m map[string]int, b []byte) int { // ERROR "m does not escape$" "b does not escape$"
	return m[string(b)] // ERROR "string\(b\) does not escape$"
}

func builder(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString("x")
	}
	return sb.String()
}

func joinLocal(a []string) int { // ERROR "a does not escape$"
	return len(strings.Join(a, ","))
}

func constBytes() int {
	b := []byte("constant") // ERROR "\(\[\]byte\)\(\"constant\"\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return len(b)
}

func main() {
	_ = concatLocal("a", "b")
	_ = concatReturn("a")
	_ = concatThree("a", "b", "c")
	concatGlobal("g")
	_ = concatAssign([]string{"x"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	_ = bytesLocal("s")
	_ = bytesReturn("s")
	bytesGlobal("s")
	_ = stringLocal(nil)
	_ = stringReturn(nil)
	_ = runesLocal("r")
	_ = runeToString('r')
	_ = mapLookupBytes(nil, nil)
	_ = builder(3)
	_ = joinLocal(nil)
	_ = constBytes()
}
