package main

import "fmt"

const MaxU = ^uint(0)

func main() {
	x := 1 << 63 // ERROR "cannot use 1 << 63 \(untyped int constant 9223372036854775808\) as int value in assignment \(overflows\)"
	var y int32 = 1 << 31 // ERROR "cannot use 1 << 31 \(untyped int constant 2147483648\) as int32 value in variable declaration \(overflows\)"
	var z = uint8(255) + 1 // ERROR "uint8\(255\) \+ 1 \(constant 256 of type uint8\) overflows uint8"
	const f float32 = 1e40 // ERROR "cannot use 1e40 \(untyped float constant 1e\+40\) as float32 value in constant declaration \(overflows\)"
	var g = 'a' + "b" // ERROR "invalid operation: 'a' \+ \"b\" \(mismatched types untyped rune and untyped string\)"
	h := 5.5
	var i int = h // ERROR "cannot use h \(variable of type float64\) as int value in variable declaration"
	k := 10
	k <<= 1.5 // ERROR "1\.5 \(untyped float constant\) truncated to uint"
	var m = -MaxU // ERROR "-MaxU \(constant -18446744073709551615 of type uint\) overflows uint"
	var n = 0x7fffffffffffffff + 1 // ERROR "cannot use 0x7fffffffffffffff \+ 1 \(untyped int constant 9223372036854775808\) as int value in variable declaration \(overflows\)"
	fmt.Println(x, y, z, f, g, i, k, m, n)
}
