// Switches: allocations inside cases, type switches binding the value, and values that
// escape from one case only.
package main

import "fmt"

type Token struct {
	kind string
	text string
}

var lastTok *Token

func classify(v any) string { // ERROR "leaking param: v$"
	switch x := v.(type) {
	case int:
		return fmt.Sprint("int ", x) // ERROR "\.\.\. argument does not escape$" "\"int \" escapes to heap$" "x escapes to heap$"
	case string:
		return "string " + x // ERROR "\"string \" \+ x escapes to heap$"
	case *Token:
		lastTok = x
		return "token"
	case nil:
		return "nil"
	default:
		return "other"
	}
}

func make1(kind int) *Token {
	switch kind {
	case 0:
		return &Token{kind: "ident"} // ERROR "&Token\{\.\.\.\} escapes to heap$"
	case 1:
		t := Token{kind: "number"} // ERROR "moved to heap: t$"
		return &t
	default:
		t := Token{kind: "other"}
		_ = t
		return nil
	}
}

func caseLocal(n int) int {
	switch {
	case n > 10:
		big := make([]int, n) // ERROR "make\(\[\]int, n\) does not escape$"
		return len(big)
	case n > 0:
		small := [4]int{}
		return len(small)
	}
	return 0
}

func main() {
	_ = classify(1) // ERROR "1 escapes to heap$"
	_ = make1(0)
	_ = caseLocal(3)
}
