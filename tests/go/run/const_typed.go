package main

import (
	"fmt"
	"math"
)

type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
)

func (d Duration) String() string {
	switch {
	case d >= Minute:
		return fmt.Sprintf("%dm%ds", d/Minute, d%Minute/Second)
	case d >= Second:
		return fmt.Sprintf("%.3fs", float64(d)/float64(Second))
	case d >= Millisecond:
		return fmt.Sprintf("%dms", d/Millisecond)
	}
	return fmt.Sprintf("%dns", int64(d))
}

const greeting = "héllo"
const n = len(greeting)

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error = Warn + 2
)

func main() {
	fmt.Println(Second, 90*Second, 1500*Millisecond, 42*Nanosecond, 3*Millisecond)
	fmt.Printf("%T %T\n", Minute, Second*2)
	var arr [n]int
	fmt.Println(len(arr), n)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%T\n", Error)
	const f = math.Pi * 2
	var f32 float32 = f
	fmt.Println(f, f32)
	const bigDiv = (1 << 62) / (1 << 60)
	fmt.Println(bigDiv, math.MaxUint32+1)
	const s = "con" + "cat"
	fmt.Println(s, s[0], len(s))
	var d Duration = 2 * Minute
	d += 5 * Second
	fmt.Println(d, d > Minute)
	const mask = ^uint32(0) >> 4
	fmt.Printf("%#x\n", mask)
	const r = 'a' + 2
	fmt.Println(r, string(rune(r)))
	x := 10
	fmt.Println(x*1.5e1, 3/2*x, 3.0/2*float64(x))
}
