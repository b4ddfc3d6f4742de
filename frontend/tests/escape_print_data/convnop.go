package main

import "fmt"

type Celsius float64
type MyInt int
type Small int8

func main() {
	c := Celsius(21.5)
	fmt.Println(float64(c))
	f := 1.5
	fmt.Println(float64(f))
	fmt.Println(float32(f))
	i := 7
	fmt.Println(int64(i))
	fmt.Println(uint(i))
	fmt.Println(MyInt(i))
	fmt.Println(int32(i))
	u := uint(3)
	fmt.Println(uintptr(u), uint64(u))
	s := Small(2)
	fmt.Println(int8(s), int(s))
	z := complex(1, 2)
	fmt.Println(complex128(z))
}
