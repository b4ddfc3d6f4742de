// Unlocking a mutex that is not locked is a fatal error (not a recoverable panic).
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() {
		fmt.Println("recover sees:", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocked")
	mu.Unlock()
}
