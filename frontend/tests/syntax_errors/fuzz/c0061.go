package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	_, _
	E, F
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD:=
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

func main() {
	fmt.Println(Red, Green, Blue, |Color(7))
	fmt.Printf("%v %d %s\n", Blue, Blue, Green)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagD)
	fmt.Println(x0, x1, x2, x3)
	var f Flags = FlagB | FlagC
	fmt.Println(f&FlagB != 0, f&FlagA != 0)
}
