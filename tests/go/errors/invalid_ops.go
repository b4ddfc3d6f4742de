package main

func main() {
	var m map[string]int
	var s []int
	var p *int
	x := 3
	_ = s == s   // ERROR "invalid operation: s == s \(slice can only be compared to nil\)"
	_ = m < m    // ERROR "invalid operation: m < m \(operator < not defined on map\)"
	_ = x[0]     // ERROR "cannot index x \(variable of type int\)"
	_ = p + 1    // ERROR "invalid operation: p \+ 1 \(mismatched types \*int and untyped int\)"
	_ = *x       // ERROR "invalid operation: cannot indirect x \(variable of type int\)"
	x.foo()      // ERROR "x.foo undefined \(type int has no field or method foo\)"
	_ = "s" * 2  // ERROR "invalid operation: \"s\" \* 2 \(mismatched types untyped string and untyped int\)"
}
