package main

import "fmt"

var _ = fmt.Sprint

func main() {
	type T struct{ a int }
	var t T
	t.a := 1
}
