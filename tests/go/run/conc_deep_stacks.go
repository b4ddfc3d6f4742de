// 100 goroutines recurse 10000 deep at once, each frame holding a pointer to a local of the
// frame below: the stacks grow (and move) while other goroutines run; checksums must agree.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type node struct {
	depth int
	up    *int
}

func descend(n int, above *int, acc *int) int {
	local := n * 3
	if above != nil {
		local += *above % 7
	}
	if n == 0 {
		return local
	}
	r := descend(n-1, &local, acc)
	// The pointer to local still reads this frame's value after the callee grew the stack.
	*acc += local
	return r + (local & 1)
}

func withArray(n int) int {
	var buf [16]int
	for i := range buf {
		buf[i] = n + i
	}
	p := &buf[n%16]
	if n == 0 {
		return *p
	}
	return withArray(n-1) + *p - buf[0]
}

func main() {
	const G, depth = 100, 10000
	sums := make([]int, G)
	tails := make([]int, G)
	arrs := make([]int, G)
	var wg sync.WaitGroup
	for g := 0; g < G; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc := 0
			tails[g] = descend(depth+g, nil, &acc)
			sums[g] = acc
			arrs[g] = withArray(2000 + g)
			if g%25 == 0 {
				runtime.GC()
			}
		}()
	}
	wg.Wait()
	total, tsum, asum := 0, 0, 0
	for g := 0; g < G; g++ {
		total += sums[g]
		tsum += tails[g]
		asum += arrs[g]
	}
	fmt.Println("checksum", total, tsum, asum)
	fmt.Println("g0", sums[0], tails[0], arrs[0])
	fmt.Println("g99", sums[99], tails[99], arrs[99])
	// The same again on main's own stack for comparison.
	acc := 0
	t := descend(depth, nil, &acc)
	fmt.Println("main", acc, t, acc == sums[0] && t == tails[0])
	runtime.GC()
	// A second wave after a collection: stacks shrink and grow again.
	var wg2 sync.WaitGroup
	again := make([]int, G)
	for g := 0; g < G; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			acc := 0
			descend(depth/2+g, nil, &acc)
			again[g] = acc
		}()
	}
	wg2.Wait()
	s := 0
	for _, v := range again {
		s += v
	}
	fmt.Println("second wave", s)
}
