package main

import (
	"fmt"
	"strings"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!"))
	fmt.Fprintf(&b, " %d-%s", 42, "x")
	fmt.Println(b.String(), b.Len())
	b.Reset()
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprint(&b, i*i)
	}
	fmt.Println(b.String())
	var sb strings.Builder
	sb.Grow(64)
	for i := 0; i < 1000; i++ {
		sb.WriteByte(byte('a' + i%26))
	}
	out := sb.String()
	fmt.Println(len(out), out[:30], out[len(out)-5:])
	rd := strings.NewReader("abc")
	buf := make([]byte, 2)
	n, err := rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	n, err = rd.Read(buf)
	fmt.Println(n, err)
	lines := []string{"alpha", "beta", "gamma"}
	var tb strings.Builder
	for i, l := range lines {
		fmt.Fprintf(&tb, "%-2d|%6s|\n", i, l)
	}
	fmt.Print(tb.String())
}
