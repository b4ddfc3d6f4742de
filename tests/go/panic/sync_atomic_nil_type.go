package main

import (
	"fmt"
	"sync/atomic"
)

type server struct {
	reqs *atomic.Uint64
}

func main() {
	var v *atomic.Value
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Load()
	}()
	s := server{}
	s.reqs.Add(1)
}
