package main

func main() {
	var p *int
	p.x = 1 // ERROR "p\.x undefined \(type \*int has no field or method x\)"
	var i interface{}
	i.Foo() // ERROR "i\.Foo undefined \(type interface\{\} has no field or method Foo\)"
	var arr [3]int
	arr.len() // ERROR "arr\.len undefined \(type \[3\]int has no field or method len\)"
	type T struct{ a int }
	t := T{}
	t() // ERROR "invalid operation: cannot call t \(variable of struct type T\): T is not a function"
	var fn func(int)
	fn("a") // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to fn"
	var u uint = 3
	var k int = u // ERROR "cannot use u \(variable of type uint\) as int value in variable declaration"
	_ = k
	_ = string(1.5) // ERROR "cannot convert 1\.5 \(untyped float constant\) to type string"
	_ = int("a") // ERROR "cannot convert \"a\" \(untyped string constant\) to type int"
}
