// A panic in a goroutine other than main ends the program with that goroutine's trace.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("starting")
	go func() {
		panic("boom in goroutine")
	}()
	time.Sleep(5 * time.Second)
	fmt.Println("never")
}
