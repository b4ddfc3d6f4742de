package main

import "fmt"

type Celsius float64
type MyInt int

func main() {
	i := 300
	fmt.Println(int8(i), uint8(i), int16(i), uint16(-i))
	var bigint64 = 1<<40 + 5
	fmt.Println(int32(big), uint32(big), int8(big))
	n := -1
	fmt.Println(uint32(n), uint64(n), uint8(n), uint(n) > 0)
	f := 1e10
	fmt.Println(int64(f), int32(int64(f)))
	fl := -0.9
	fmt.Println(int(fl), uint8(200.0))
	fmt.Println(float32(1)/3, float64(float32(1)/3))
	var c Celsius = 36.6
	fmt.Println(c, float64(c)+1, Celsius(100))
	m := MyInt(5)
	fmt.Println(m*2, int(m)+1)
	fmt.Printf("%T %T\n", c, m)
	r := rune(0x1F600)
	fmt.Println(string(r), string(rune(65)), string(rune(-1)))
	bs := []byte("héllo")
	fmt.Println(bs, len(bs), string(bs[1:3]))
	rs := []rune("héllo")
	fmt.Println(rs, len(rs), string(rs[1]))
	fmt.Println(string(rs[:2]), []byte(string(rs[4:]))
	var u8 uint8 = 255
	var i8 = int8(u8)
	fmt.Println(i8... int(u8)+int(i8))
	ab := 0xABCD
	fmt.Println(uint16(ab)>>8, byte(ab))
}
