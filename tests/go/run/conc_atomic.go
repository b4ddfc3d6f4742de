// sync/atomic from many goroutines: Add, CompareAndSwap spin-lock, typed atomics, Value.
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
	var n int64
	var u atomic.Uint32
	var flag atomic.Bool
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				atomic.AddInt64(&n, 1)
				u.Add(2)
			}
			flag.Store(true)
		}()
	}
	wg.Wait()
	fmt.Println("int64:", atomic.LoadInt64(&n), "uint32:", u.Load(), "flag:", flag.Load())

	// A spin lock from CompareAndSwap guarding a plain counter.
	var lock int32
	counter := 0
	var sg sync.WaitGroup
	for g := 0; g < 8; g++ {
		sg.Add(1)
		go func() {
			defer sg.Done()
			for i := 0; i < 500; i++ {
				for !atomic.CompareAndSwapInt32(&lock, 0, 1) {
				}
				counter++
				atomic.StoreInt32(&lock, 0)
			}
		}()
	}
	sg.Wait()
	fmt.Println("spin-locked counter:", counter)

	// Max via CAS loop.
	var max atomic.Int64
	var mg sync.WaitGroup
	for g := 0; g < 10; g++ {
		mg.Add(1)
		go func() {
			defer mg.Done()
			for i := 0; i < 100; i++ {
				v := int64(g*100 + i)
				for {
					cur := max.Load()
					if v <= cur || max.CompareAndSwap(cur, v) {
						break
					}
				}
			}
		}()
	}
	mg.Wait()
	fmt.Println("max:", max.Load())

	// atomic.Value publishes immutable snapshots.
	var cfg atomic.Value
	cfg.Store(config{"initial", 0})
	var pg sync.WaitGroup
	for v := 1; v <= 5; v++ {
		pg.Add(1)
		go func() {
			defer pg.Done()
			cfg.Store(config{"update", v})
		}()
	}
	pg.Wait()
	c := cfg.Load().(config)
	fmt.Println("value:", c.name, c.version >= 1 && c.version <= 5)
	old := cfg.Swap(config{"swapped", 99}).(config)
	fmt.Println("swap returned a previous one:", old.name == "update", "now:", cfg.Load().(config).name)
}
