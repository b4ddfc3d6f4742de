package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	var v atomic.Value
	v.Store(1)
	fmt.Println(v.Load())
	var e error
	v.Store(e)
}
