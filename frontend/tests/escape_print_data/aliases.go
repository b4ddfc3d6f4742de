package main

var sink interface{}

func f(x interface{}) { sink = x }

const c8 uint8 = 7
const cb byte = 8
const ci int32 = 9
const cr rune = 'r'

func main() {
	f([...]byte{1, 2})
	f([][]byte{{1}, {2}})
	f([]uint8{1})
	f([]int32{1})
	f([]rune{1})
	var u8 uint8 = 5
	f(u8)
	var b byte = 6
	f(b)
	x := uint8(3)
	f(x)
	y := byte(4)
	f(y)
	f(c8)
	f(cb)
	f(ci)
	f(cr)
	f(c8 + 1)
	r := 'a' + 1
	f(r)
	var i32 int32 = 'b'
	f(i32)
	f(map[byte]rune{})
	f(new(byte))
	f(new(uint8))
	f([2][]byte{})
}
