package main

import "fmt"

var _ = fmt.Sprint

func main() {
	for x := 5 {
	}
}
