package main

import "fmt"

var _ = fmt.Sprint

func main() {
	_ = func() int, error { return 0, nil }
}
