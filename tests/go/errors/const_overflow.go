package main

func main() {
	var a int8 = 128                  // ERROR "cannot use 128 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	var b uint = -1                   // ERROR "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	const big = 1 << 64
	var c int64 = big                 // ERROR "cannot use big \(untyped int constant 18446744073709551616\) as int64 value in variable declaration \(overflows\)"
	d := 1 / 0                        // ERROR "invalid operation: division by zero"
	e := int(3.5)                     // ERROR "cannot convert 3.5 \(untyped float constant\) to type int"
	_, _, _, _, _ = a, b, c, d, e
}
