// More of fmt: Sprint/Sprintln/Sprintf results, Fprintf to os.Stderr, Errorf with %w,
// Printf with no operands, and values with String methods.
package main

import (
	"errors"
	"fmt"
	"os"
)

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "red"
	}
	return "other"
}

type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprint(p.X, ",", p.Y) } // ERROR "p does not escape$" "\.\.\. argument does not escape$" "p\.X escapes to heap$" "\",\" escapes to heap$" "p\.Y escapes to heap$"

var base = errors.New("base")

func sprint(n int) string { return fmt.Sprint("n", n) } // ERROR "\.\.\. argument does not escape$" "\"n\" escapes to heap$" "n escapes to heap$"

func sprintln(a, b string) string { return fmt.Sprintln(a, b) } // ERROR "leaking param: a$" "leaking param: b$" "\.\.\. argument does not escape$" "a escapes to heap$" "b escapes to heap$"

func stderr(code int) { fmt.Fprintf(os.Stderr, "code %d\n", code) } // ERROR "\.\.\. argument does not escape$" "code escapes to heap$"

func wrapErr(name string) error { return fmt.Errorf("%s: %w", name, base) } // ERROR "leaking param: name$" "\.\.\. argument does not escape$" "name escapes to heap$"

func plain() { fmt.Printf("plain\n") }

func colors() {
	c := Color(0)
	fmt.Println(c, Color(1)) // ERROR "\.\.\. argument does not escape$" "Color\(0\) escapes to heap$" "Color\(1\) escapes to heap$"
}

func ptString() string {
	p := Pt{1, 2}
	return p.String()
}

func ptPrint() {
	p := &Pt{3, 4} // ERROR "&Pt\{\.\.\.\} escapes to heap$"
	fmt.Println(p) // ERROR "\.\.\. argument does not escape$"
}

func multiLine(items []string) { // ERROR "leaking param content: items$"
	for i, it := range items {
		fmt.Printf("%d: %s\n", i, it) // ERROR "\.\.\. argument does not escape$" "i escapes to heap$" "it escapes to heap$"
	}
}

func sprintfPtr() string {
	x := 5 // ERROR "moved to heap: x$"
	return fmt.Sprintf("%v", &x) // ERROR "\.\.\. argument does not escape$"
}

func main() {
	_ = sprint(1)
	_ = sprintln("a", "b")
	stderr(1)
	_ = wrapErr("w")
	plain()
	colors()
	_ = ptString()
	ptPrint()
	multiLine([]string{"a"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	_ = sprintfPtr()
}
