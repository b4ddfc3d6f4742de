package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d\n", n, n, n, n, n, n)
	fmt.Printf("%x|%X|%#x|%#X|%o|%#o|%O|%b|%#b\n", n, n, n, n, n, n, n, n, n)
	fmt.Printf("%d|%x|%o|%b\n", -n, -n, -n, -n)
	fmt.Printf("%08.3d|%.0d|%.0d|%8.4x\n", 7, 0, 1, 255)
	fmt.Printf("%c|%c|%c|%q|%q|%U|%#U\n", 65, 0x4e16, 'é', 'x', '\n', 0x1F600, 'ä')
	fmt.Printf("%v|%v|%v|%v\n", int8(-5), uint16(65535), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%x|%X\n", uint64(1<<64-1), int32(-1))
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%d %d\n", []int{1, 2}, [2]int8{-1, 1})
	fmt.Printf("%x %X\n", []int{10, 255}, [3]uint8{1, 171, 255})
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%+q|%#q|%q\n", 'é', 'x', 0x10FFFF+1)
	fmt.Printf("%v %d\n", 'x', 'x')
	fmt.Printf("%#v %#v %#v\n", 42, int8(-3), uint(7))
	fmt.Printf("%x|% x|%#x|% #x\n", 0, 1234, 1234, 1234)
	fmt.Printf("%10b|%-10o|\n", 5, 8)
	var up uintptr = 0xbeef
	fmt.Printf("%v %x %d\n", up, up, up)
	fmt.Printf("%5.2d|%-+5d|%+05d\n", 3, 3, -3)
}
