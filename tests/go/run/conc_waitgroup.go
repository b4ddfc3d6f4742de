// sync.WaitGroup: Add before go, Done in defer, Wait several times, reuse after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// Wait on a zero counter returns at once.
	var empty sync.WaitGroup
	empty.Wait()
	fmt.Println("empty wait ok")

	// Reuse, with Add(n) in one call and several waiters.
	wg.Add(3)
	done := make(chan string, 3)
	for _, name := range []string{"a", "b", "c"} {
		go func() {
			defer wg.Done()
			done <- name
		}()
	}
	var waiters sync.WaitGroup
	waited := make(chan int, 4)
	for w := 0; w < 4; w++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			wg.Wait()
			waited <- w
		}()
	}
	waiters.Wait()
	close(waited)
	close(done)
	sum := 0
	for w := range waited {
		sum += w
	}
	got := map[string]bool{}
	for s := range done {
		got[s] = true
	}
	fmt.Println("waiters:", sum, "done:", got)

	// A WaitGroup passed by pointer to a named function.
	var wg3 sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg3.Add(1)
		go add(&wg3, &mu, &total, i)
	}
	wg3.Wait()
	fmt.Println("total:", total)
}

func add(wg *sync.WaitGroup, mu *sync.Mutex, total *int, v int) {
	defer wg.Done()
	mu.Lock()
	*total += v
	mu.Unlock()
}
