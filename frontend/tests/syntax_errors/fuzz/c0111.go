package main

vardup int
var dup string // ERROR "dup redeclared in this block"

func main() {
	x := 3 // ERROR "declared and not used: x"
	x := 4 // ERROR "no new variables on left side of :="
	arr := [3]int{1, 2, 3}
	_ = arr[5] // ERROR "invalid argument: index 5 out of bounds \[0:3\]"
	_ = append(1, 2) // ERROR "invalid append: argument must be a slice; have 1 \(untyped int constant\)"
	1= 2 // ERROR "cannot assign to 1 \(neither addressable nor a map index expression\)"
	s := "abc"
	s[0] = 'x' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	_ = &5 // ERROR "invalid operation: cannot take address of 5 \(untyped int constant\)"
	var ch <-chan int
	ch <- 1 // ERROR "invalid operation: cannot send to receive-only channel <-chan int ch \(variable of type <-chan int\)"
}
