// Atomic operations through a nil pointer panic like any nil dereference.
package main

import (
	"fmt"
	"sync/atomic"
)

type counters struct {
	hits *int64
}

func main() {
	c := counters{}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		atomic.LoadInt32(nil)
	}()
	atomic.AddInt64(c.hits, 1)
}
