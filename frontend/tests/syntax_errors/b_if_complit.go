package main

import "fmt"

var _ = fmt.Sprint

func main() {
	type T struct{ a int }
	if x := T{a: 1}; x.a > 0 {
	}
}
