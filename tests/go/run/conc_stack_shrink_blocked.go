// Goroutines grow their stacks deep, come back up, then block in a send of a big value held
// in their own frame (and in a receive into a frame slot) while collections run, which may
// shrink and move those stacks: the values must arrive intact, and the receive must land.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type payload struct {
	id   int
	data [64]int
	ptr  *int
}

func deep(n int) int {
	var pad [32]int
	pad[n%32] = n
	if n == 0 {
		return pad[0]
	}
	return deep(n-1) + pad[n%32] - n
}

func main() {
	const G = 20
	out := make(chan payload)
	in := make(chan payload)
	var wg sync.WaitGroup
	results := make([]int, G)
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			deep(5000) // grow the stack, then return: the frames below are now unused
			x := g * 7
			p := payload{id: g, ptr: &x}
			for i := range p.data {
				p.data[i] = g*1000 + i
			}
			out <- p // blocks: main collects before receiving
			var r payload
			r = <-in // blocks with its destination in this frame
			sum := 0
			for _, v := range r.data {
				sum += v
			}
			results[g] = sum + *r.ptr
		}()
	}
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
	got := make([]payload, 0, G)
	for g := 0; g < G; g++ {
		got = append(got, <-out)
		if g%5 == 0 {
			runtime.GC()
		}
	}
	bad := 0
	for _, p := range got {
		for i, v := range p.data {
			if v != p.id*1000+i {
				bad++
			}
		}
		if *p.ptr != p.id*7 {
			bad++
		}
	}
	fmt.Println("received", len(got), "bad", bad)
	runtime.GC()
	for _, p := range got {
		q := p
		q.data[0] += 1
		in <- q
		runtime.GC()
	}
	wg.Wait()
	total := 0
	for _, r := range results {
		total += r
	}
	fmt.Println("sent back, total", total)
}
