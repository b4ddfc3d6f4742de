// Atomics from many goroutines: counters, a CAS max, a lock-free stack,
// a Value swapped by writers while readers load, Map from many goroutines.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"unsafe"
)

type item struct {
	v    int
	next *item
}

type snapshot struct {
	version int
	data    []int
}

func main() {
	var wg sync.WaitGroup
	var n32 int32
	var n64 atomic.Int64
	var u atomic.Uint64
	var max atomic.Int64
	var flags atomic.Uint32
	for g := 0; g < 64; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				atomic.AddInt32(&n32, 1)
				n64.Add(2)
				u.Add(uint64(g))
				for {
					cur := max.Load()
					cand := int64(g*1000 + i)
					if cand <= cur || max.CompareAndSwap(cur, cand) {
						break
					}
				}
			}
			flags.Or(1 << (g % 32))
		}(g)
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&n32), n64.Load(), u.Load(), max.Load(), flags.Load() == ^uint32(0))

	// Treiber stack.
	var head unsafe.Pointer
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				it := &item{v: g*50 + i}
				for {
					old := atomic.LoadPointer(&head)
					it.next = (*item)(old)
					if atomic.CompareAndSwapPointer(&head, old, unsafe.Pointer(it)) {
						break
					}
				}
			}
		}(g)
	}
	wg.Wait()
	count, sum := 0, 0
	for it := (*item)(atomic.LoadPointer(&head)); it != nil; it = it.next {
		count++
		sum += it.v
	}
	fmt.Println("stack:", count, sum)

	// Value: writers publish snapshots, readers always see a whole one.
	var cfg atomic.Value
	cfg.Store(&snapshot{0, []int{0, 0, 0}})
	var bad atomic.Int32
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				cfg.Store(&snapshot{w, []int{w, w, w}})
			}
		}(w)
	}
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 200; i++ {
				s := cfg.Load().(*snapshot)
				if s.data[0] != s.version || s.data[2] != s.version {
					bad.Add(1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("torn reads:", bad.Load())

	// sync.Map from many goroutines.
	var m sync.Map
	for g := 0; g < 20; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				m.Store(g*10+i, g)
				m.LoadOrStore("shared", 0)
			}
		}(g)
	}
	wg.Wait()
	var keys []int
	m.Range(func(k, v any) bool {
		if i, ok := k.(int); ok {
			keys = append(keys, i)
		}
		return true
	})
	sort.Ints(keys)
	fmt.Println("map keys:", len(keys), keys[0], keys[len(keys)-1])
}
