package main

import "fmt"

const (
	Big   = 1 << 100
	Small = Big >> 98
	Pi    = 3.14159265358979323846264338327950288419716939937510582097494459
	Half  = 1 / 2
	HalfF = 1 / 2.0
	Str   = "const" + "ant"
	Ch    = 'a' + 1
	B     = 1 < 2
)

type Weekday int

const Typed int32 = 7

func main() {
	fmt.Println(Small, Half, HalfF, Str, Ch, B)
	fmt.Println(Pi, float32(Pi))
	fmt.Println(Big / (1 << 90))
	var f float64 = Big
	fmt.Println(f)
	fmt.Printf("%T %T %T %T %T\n", Small, HalfF, Ch, B, Typed)
	x := 10
	y := x / 3 * 3.0
	fmt.Println(y)
	const huge = 1e300 * 1e300 / 1e300
	fmt.Println(huge)
	var w Weekday = 3
	fmt.Println(w + 1)
	const c = 'x'
	var r = c
	var bb byte = c
	fmt.Printf("%T %T %v %v\n", r, bb, r, bb)
	fmt.Println(len(Str), Str[1], 07, 0o17, 0x1p4, 0b1010, 1_000_000)
	const m = 5 % 3
	const d = -7 / 2
	fmt.Println(m, d, 7.0/2, 1e3)
	const shifted = 1.0 << 3
	fmt.Println(shifted, ^0, ^uint8(0))
}
