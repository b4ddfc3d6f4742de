// Unlock of an unlocked Mutex is fatal: recover cannot stop it and
// deferred calls do not run.
package main

import (
	"fmt"
	"sync"
)

type box struct {
	mu sync.Mutex
	n  int
}

func (b *box) bump() {
	b.mu.Lock()
	b.n++
	b.mu.Unlock()
	b.mu.Unlock()
}

func main() {
	defer fmt.Println("deferred: not printed")
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	b := &box{}
	b.bump()
}
