package main

import (
	"fmt"
	"sync/atomic"
)

type celsius float64
type fahrenheit float64

func main() {
	var v atomic.Value
	v.Store(celsius(20))
	fmt.Println(v.Load())
	v.Store(fahrenheit(68))
}
