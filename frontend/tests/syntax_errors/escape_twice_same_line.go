package main

import "fmt"

var _ = fmt.Sprint

func main() {
	_ = "\q and \q"
	_ = "\q"; _ = "\z"
}
