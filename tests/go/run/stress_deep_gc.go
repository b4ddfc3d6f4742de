// Stress: many goroutines recursing deeply at once while collections run: stacks grow to
// hundreds of KiB, shrink after the wave, and grow again; pointers into frames stay valid.
// conformance: timeout=60
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type cell struct {
	v    int
	prev *cell
}

// dive recurses n deep; each frame links a heap cell to the one below and keeps a pointer to
// a local of its caller, checked on the way up.
func dive(n int, above *int, chain *cell, collect bool) (int, *cell) {
	local := n ^ 0x5a5a
	c := &cell{n, chain}
	if n == 0 {
		return local, c
	}
	if collect && n%2500 == 0 {
		runtime.GC()
	}
	sum, top := dive(n-1, &local, c, collect)
	if above != nil && *above != (n+1)^0x5a5a {
		panic("pointer to caller's local broken")
	}
	return sum + local&0xff, top
}

func main() {
	for wave := 0; wave < 3; wave++ {
		const G = 64
		depth := 4000 + wave*3000
		results := make([]int, G)
		lengths := make([]int, G)
		var wg sync.WaitGroup
		for g := 0; g < G; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// A quarter of them collect on the way down, while the others are deep too.
				s, top := dive(depth+g, nil, nil, g%4 == 0)
				n := 0
				for c := top; c != nil; c = c.prev {
					n++
				}
				results[g] = s
				lengths[g] = n
			}()
		}
		wg.Wait()
		runtime.GC()
		sum, cells := 0, 0
		for g := 0; g < G; g++ {
			sum += results[g]
			cells += lengths[g]
		}
		fmt.Printf("wave %d: depth %d..%d checksum %d cells %d\n", wave, depth, depth+G-1, sum, cells)
	}
}
