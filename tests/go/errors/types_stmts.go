package main

import "fmt"

func helper() int { return 1 }

func main() {
	helper // ERROR "helper \(value of type func\(\) int\) is not used"
	x := 5
	x == 5 // ERROR "x == 5 \(untyped bool value\) is not used"
	f := func() int {
		if x > 0 {
			return 1
		}
	} // ERROR "missing return"
	_ = f
	var s []int
	s.Len() // ERROR "s\.Len undefined \(type \[\]int has no field or method Len\)"
	len(s) // ERROR "len\(s\) \(value of type int\) is not used"
	for i, c := range "abc" { // ERROR "declared and not used: c"
		c = 'x'
		fmt.Println(i)
	}
	var m map[string]int
	m.foo = 2 // ERROR "m\.foo undefined \(type map\[string\]int has no field or method foo\)"
}
