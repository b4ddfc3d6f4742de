// CPU-bound work split over 8 goroutines (a sieve-free prime count by trial division, no
// shared state): run.py times it with GOMAXPROCS=1 and GOMAXPROCS=2 and prints the speedup.
package main

import (
	"fmt"
	"sync"
)

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	const limit, parts = 1_000_000, 8
	counts := make([]int, parts)
	var wg sync.WaitGroup
	for p := 0; p < parts; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Interleaved ranges so every part costs about the same.
			for n := p; n < limit; n += parts {
				if isPrime(n) {
					counts[p]++
				}
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, c := range counts {
		total += c
	}
	fmt.Println("primes below", limit, "=", total)
}
