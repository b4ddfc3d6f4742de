package main

import "fmt"

var _ = fmt.Sprint

func main() {
	return 1,
}
