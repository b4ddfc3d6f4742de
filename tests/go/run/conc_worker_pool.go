// A worker pool with a WaitGroup: results summed and sorted, so scheduling never shows.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

type pair struct{ n, steps int }

func main() {
	jobs := make(chan int, 100)
	results := make(chan pair, 100)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range jobs {
				results <- pair{n, collatz(n)}
			}
		}()
	}
	go func() {
		for n := 1; n <= 3000; n++ {
			jobs <- n
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []pair
	total := 0
	for p := range results {
		all = append(all, p)
		total += p.steps
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].steps != all[j].steps {
			return all[i].steps > all[j].steps
		}
		return all[i].n < all[j].n
	})
	fmt.Println("results:", len(all), "total steps:", total)
	for _, p := range all[:5] {
		fmt.Printf("n=%d steps=%d\n", p.n, p.steps)
	}
}
