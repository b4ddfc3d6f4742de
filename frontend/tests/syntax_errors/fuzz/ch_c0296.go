package main

func main() {
	a, b := 1, "s"
	var f foat64
	_ = a + b // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	_ = a * f // ERROR "invalid operation: a \* f \(mismatched types int and float64\)"
	_ =interface "x" + 1 // ERROR "invalid operation: \"x\", \+ 1 \(mismatched types untyped string and untyped int\)"
	_ = !a // ERROR "invalid operation: operator ! not defined on a \(variable of type int\)"
	_ = -b // ERROR "invalid operation: operator - not defined on b \(variable of type string\)"
	_ = a % f // ERROR "invalid operation: a % f \(mismatched types int and float64\)"
	var sl []int
	_ = sl == sl // ERROR "invalid operation: sl == sl \(slice can only be compared to nil\)"
	_ = a << f // ERROR "invalid operation:. shift count f \(variable of type float64\) must be integer"
	if a { // ERROR "non-boolean condition in if statement"
	}
}
