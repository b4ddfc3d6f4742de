package main

import "fmt"

var _ = fmt.Sprint

func main() {
	x := 1​
	y := 2
	_, _ = x, y
	z​ := 3
	_ = "\x"; _ = '\u'
}
