package main

import (
	"fmt"
	"strings" // ERROR "\"strings\" imported and not used"
)

type T struct{ a int }

func main() {
	fmt.Println(undefinedVar) // ERROR "undefined: undefinedVar"
	var t T
	t.missing = 1 // ERROR "t\.missing undefined \(type T has no field or method missing\)"
	_ = t.A // ERROR "t\.A undefined \(type T has no field or method A, but does have field a\)"
	var u undefinedType // ERROR "undefined: undefinedType"
	_ = u
	fmt.Printl("x") // ERROR "undefined: fmt\.Printl"
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
}
