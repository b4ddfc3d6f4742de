// sync: WaitGroup and Mutex methods leak their receiver (the runtime keeps it), so a
// WaitGroup shared with goroutines moves to the heap.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	n  map[string]int
}

func (c *SafeCounter) Inc(key string) { // ERROR "leaking param: c$" "leaking param: key$"
	c.mu.Lock()
	c.n[key]++
	c.mu.Unlock()
}

func (c *SafeCounter) Value(key string) int { // ERROR "leaking param: c$" "key does not escape$"
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n[key]
}

func fanOut(n int) int {
	var wg sync.WaitGroup // ERROR "moved to heap: wg$"
	c := SafeCounter{n: make(map[string]int)} // ERROR "moved to heap: c$" "make\(map\[string\]int\) escapes to heap$"
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() { // ERROR "func literal escapes to heap$"
			defer wg.Done()
			c.Inc("k")
		}()
	}
	wg.Wait()
	return c.Value("k")
}

func localMutex() int {
	var mu sync.Mutex // ERROR "moved to heap: mu$"
	mu.Lock()
	x := 1
	mu.Unlock()
	return x
}

func once() {
	var o sync.Once // ERROR "moved to heap: o$"
	o.Do(func() { fmt.Println("once") }) // ERROR "func literal does not escape$" "\.\.\. argument does not escape$" "\"once\" escapes to heap$"
}

func main() {
	_ = fanOut(3)
	_ = localMutex()
	once()
}
