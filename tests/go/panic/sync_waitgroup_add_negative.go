// A WaitGroup counter below zero panics (recoverable, unlike the mutex errors).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T: %v\n", r, r)
		}()
		wg.Add(-1)
	}()
	var wg2 sync.WaitGroup
	wg2.Add(2)
	wg2.Add(-3)
}
