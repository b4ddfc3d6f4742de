// strings.Builder and bytes.Buffer: a builder used in one frame keeps its struct in the frame;
// its growing buffer is heap memory.
package main

import (
	"bytes"
	"strings"
)

type Report struct {
	b     strings.Builder
	lines int
}

func (r *Report) Line(s string) { // ERROR "leaking param content: r$" "s does not escape$"
	r.b.WriteString(s)
	r.b.WriteByte('\n')
	r.lines++
}

func (r *Report) String() string { return r.b.String() } // ERROR "leaking param: r to result ~r0 level=1$"

func buildLocal(words []string) string { // ERROR "words does not escape$"
	var sb strings.Builder
	for i, w := range words {
		if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(w)
	}
	return sb.String()
}

func buildPtr(words []string) *strings.Builder { // ERROR "words does not escape$"
	sb := &strings.Builder{} // ERROR "&strings\.Builder\{\} escapes to heap$"
	for _, w := range words {
		sb.WriteString(w)
	}
	return sb
}

func bufferLocal() int {
	var buf bytes.Buffer
	buf.WriteString("abc")
	buf.WriteByte('d')
	return buf.Len()
}

func bufferReturned() []byte {
	var buf bytes.Buffer
	buf.WriteString("xyz")
	return buf.Bytes()
}

func reportLocal() string {
	r := Report{}
	r.Line("a")
	r.Line("b")
	return r.String()
}

func main() {
	_ = buildLocal([]string{"a", "b"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	_ = buildPtr(nil)
	_ = bufferLocal()
	_ = bufferReturned()
	_ = reportLocal()
}
