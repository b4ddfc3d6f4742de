// Once.Do called again from inside its own f deadlocks on the Once's mutex.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var once sync.Once
	once.Do(func() {
		fmt.Println("outer")
		once.Do(func() { fmt.Println("inner") })
	})
}
