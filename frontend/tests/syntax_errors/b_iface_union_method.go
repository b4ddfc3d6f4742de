package main

import "fmt"

var _ = fmt.Sprint

func main() {
	type I interface { ~int | M() }
}
