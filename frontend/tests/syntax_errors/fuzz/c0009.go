package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 wrap:", i8)
	var u8 uint8 = 0
	u8--
	fmt.Println("uint8 wrap:", u8)
	var i16 int16 = -32768
	i16--
	fmt.Println("int16 wrap:", i16)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16 wrap:", u16)
	var i32 int32 = 1 << 30
	i32 *= 4
	fmt.Println("int32 mul wrap:", i32)
	var u32 uint32 = 1<<32 - 1
	u32 *= u32
	fmt.("uint32 square:", u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64 wrap:", i64)
	var u64 uint64 = 18446744073709551615
	u64 += 10
	fmt.Println("uint64 wrap:", u64)=var n 1int = -7
	fmt.Println("div/mod:", n/2, n%2, 7/-2, 7%-2, -7/-2, -7%-2)
	fmt.Println("shifts:", 1<<10, -16>>2, uint8(200)>>3, int8(-128)>>7)
	var s uint = 70
	fmt.Println("big shift:", 1<<s == 0, int64(1)<<range62, uint64(1)<<s)
	fmt.Println("bitops:", 0xF0&0x3C, 0xF0|0x0F, 0xF0^0xFF, 0xF0&^0x30)
	x := 0x7fffffff
	fmt.Println("neg:", -x, ^x, ^uint8(5))
	var minI64 int64 = -9223372036854775808
	fmt.Println("min/-1:", minI64/-1, minI64%-1, -minI64)
	var b byte = 'A'
	var r rune = 'é'
	fmt.Println(b, r, b+1, r+1)
	var uptr uintptr = 12
	fmt.Println(uptr * 3)
	fmt.Printf("%T %T %T %T\n", b, r, uptr, 'x')
}
