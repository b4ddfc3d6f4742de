package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	fmt.Println(v.CompareAndSwap(nil, "a"))
	v.CompareAndSwap("a", 1)
}
