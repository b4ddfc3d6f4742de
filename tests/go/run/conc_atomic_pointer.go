// atomic.Pointer[T] (generic) publishes immutable snapshots between goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	name    string
	version int
}

func main() {
	var ptr atomic.Pointer[config]
	fmt.Println("zero Pointer loads nil:", ptr.Load() == nil)
	ptr.Store(&config{"p0", 0})
	var wg sync.WaitGroup
	for v := 1; v <= 5; v++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ptr.Store(&config{"p", v})
		}()
	}
	wg.Wait()
	p := ptr.Load()
	fmt.Println("pointer:", p.name, p.version >= 1 && p.version <= 5)
	old := ptr.Swap(&config{"swapped", 99})
	fmt.Println("swap returned a previous one:", old.name == "p", "now:", ptr.Load().name)
	fmt.Println("CAS with the current one:", ptr.CompareAndSwap(ptr.Load(), &config{"cas", 100}), ptr.Load().name)
}
