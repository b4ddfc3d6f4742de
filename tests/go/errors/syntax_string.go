package main

func main() {
	x := 'ab' // ERROR "more than one character in rune literal"
	y := 1
	y++ = 2 // ERROR "syntax error: unexpected = at end of statement"
	_, _ = x, y
}
