// A function from OnceFunc re-panics with f's value on every call.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	calls := 0
	f := sync.OnceFunc(func() {
		calls++
		panic(errors.New("init failed"))
	})
	func() {
		defer func() { fmt.Println("first:", recover()) }()
		f()
	}()
	fmt.Println("calls:", calls)
	f()
}
