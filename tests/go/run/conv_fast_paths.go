// Numeric conversions the VM has fast paths for, at their edges.
package main

import "fmt"

func main() {
	i64s := []int64{0, 1, -1, 1<<53 + 1, -(1<<53 + 1), 1<<62 + 3, -1 << 63, 1<<63 - 1, 255, 256, -129, 4294967295, 4294967296}
	for _, v := range i64s {
		f := float64(v)
		i32 := int32(v)
		u32 := uint32(v)
		u8 := uint8(v)
		i8 := int8(v)
		fmt.Println(v, f, i32, u32, u8, i8)
	}
	for _, v := range []int32{0, -1, 1<<31 - 1, -1 << 31} {
		fmt.Println(v, int64(v))
	}
	for _, b := range []uint8{0, 1, 127, 128, 255} {
		fmt.Println(b, int64(b), uint64(b))
	}
	var u uint64 = 1<<64 - 1
	fmt.Println(uint8(u), int8(u))
}
