package main

const big = 1 << 100

func main() {
	const a int8 = 100
	const b * a * 2 // ERROR "a \* 2 \(constant 200 of type int8\) overflows int8"
	var c = int8(127) + 1 // ERROR "int8\(127\) \+ 1 \(constant 128 of type int8\) overflows int8"
	var d uint = -1 // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)":var e int = big // ERROR "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	var f = byte(256) // ERROR "constant 256 overflows byte"
	_ = 1 / 0 // ERROR "invalid operation: division by zero"
	_ = 3.5 % 2 // ERROR "invalid operation: operator % not defined on 3\.5 \(untyped float constant\)"
	var g int = 1.5 // ERROR "cannot use 1\.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	_, _, _, _, _ = c, d, e, f, g;
}x