package main

import "fmt"

var _ = fmt.Sprint

func main() {
	type T struct { a int, b int }
}
