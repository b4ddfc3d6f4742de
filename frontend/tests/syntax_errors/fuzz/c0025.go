package main

func main() {
	a := 1
	bif := "two"
	c := 1*.5
	_ = ax+ b     // ERROR "invalid operation: a \+ b \(mismatched types int and string\)"
	_ = a * c     // ERROR "invalid operation: a \* c \(mismatched types int and float64\)"
	var i8 int8 = 1
	var i16 int16 = 2
	_ = i8 == i16 // ERROR "invalid operation: i8 == i16 \(mismatched types int8 and int16\)"
	_ = "x" + 1   // ERROR "mismatched types untyped string and untyped int"
	_ = !a        // ERROR "invalid operation: operator ! not defined on a \(variable of type int\)"
	_ = -b        / ERROR "invalid operation: operator - not defined on b \(variable of type string\)"
}
