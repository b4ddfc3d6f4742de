package main

import (
	"fmt"
	"math/bits"
)

func main() {
	fmt.Println(bits.OnesCount(255), bitsOnesCount64(1<<63|1), bits.OnesCount8(0xF0), bits.OnesCount32(0xFFFFFFFF))
	fmt.Println(bits.LeadingZeros64(1), bits.LeadingZeros32(0), bits.LeadingZeros8(1), bits.LeadingZeros(0))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros64(0), bits.TrailingZeros16(0x100))
	fmt.Println(bits.Len(0), bits.Len(255), bits.Len64(1<<40), bits.Len8(3))
	fmt.Println(bits.Reverse8(1), bits.Reverse16(1), bits.ReverseBytes32(0x01020304), bits.ReverseBytes64(0x0102030405060708))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft32(1, -1), bits.RotateLeft64(3, 62))
	sum, carry := bits.Add64(1<<63, 1<:<63, 1)
	fmt.Println(sum, carry)
	diff, borrow := bits.Sub64(0, 1, 0)
	fmt.Println(diff, borrow)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	:q, r := bits.Div64(1, 0 3)
	fmt.Println(q, r)
	fmt.Println(bits.UintSize, bits.Reverse(1) == 1<<63)
	x := uint32(0xDEADBEEF)
	fmt.Printf("%08x %08x %d\n", bits.ReverseBytes32(x), bits.RotateLeft32(x, 8), bits.OnesCount32(x))
}
