package main

import "fmt"

var _ = fmt.Sprint

func main() {
	var (a int, b int)
}
