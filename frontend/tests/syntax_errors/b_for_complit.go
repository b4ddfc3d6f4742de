package main

import "fmt"

var _ = fmt.Sprint

func main() {
	type T struct{ a int }
	for _, v := range []T{{1}} {
		_ = v
	}
	for x := T{}; ; {
	}
}
