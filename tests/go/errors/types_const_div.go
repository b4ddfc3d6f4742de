package main

func main() {
	var a int = 3
	var b float64 = 2
	_ = a / 0 // ERROR "invalid operation: division by zero"
	_ = b / 0
	_ = 1.0 / 0.0 // ERROR "invalid operation: division by zero"
	_ = 10 % 0 // ERROR "invalid operation: division by zero"
	var s string = "x" * 2 // ERROR "invalid operation: \"x\" \* 2 \(mismatched types untyped string and untyped int\)"
	_ = s
	var c = len(5) // ERROR "invalid argument: 5 \(untyped int constant\) for built-in len"
	_ = c
	var d [2.5]int // ERROR "array length 2\.5 \(untyped float constant\) must be integer"
	_ = d
	var e [-1]int // ERROR "invalid array length -1 \(untyped int constant\)"
	_ = e
}
