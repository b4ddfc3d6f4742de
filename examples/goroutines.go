// Goroutines and channels, the short tour. A goroutine is a function running on its own small
// stack; channels hand values between them and make them wait for each other.
//
//	burrow run examples/goroutines.go
//	GOMAXPROCS=1 burrow run examples/goroutines.go   (one thread: the same output)
//
// Three patterns, each printing the same thing however the goroutines are scheduled:
//  1. a worker pool: jobs go out on one channel, results come back on another;
//  2. a pipeline: each stage is a goroutine reading from the one before;
//  3. a goroutine storm: 10,000 goroutines, each a few hundred bytes of stack while it waits.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
	"time"
)

// A job for the pool: how many letters does this word have, and is it a palindrome?
type result struct {
	word       string
	letters    int
	palindrome bool
}

func isPalindrome(s string) bool {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		if s[i] != s[j] {
			return false
		}
	}
	return true
}

func workerPool(words []string, workers int) []result {
	jobs := make(chan string)
	results := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() { // each worker takes jobs until the channel is closed
			defer wg.Done()
			for word := range jobs {
				time.Sleep(time.Millisecond) // pretend the work takes a while
				results <- result{word, len(word), isPalindrome(word)}
			}
		}()
	}
	go func() { // feed the jobs, then say there are no more
		for _, w := range words {
			jobs <- w
		}
		close(jobs)
	}()
	go func() { // close results once every worker is done
		wg.Wait()
		close(results)
	}()
	var out []result
	for r := range results { // results arrive in whatever order the workers finish
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].word < out[j].word })
	return out
}

// Pipeline stages: numbers -> squares -> running total.
func numbers(n int) <-chan int {
	c := make(chan int)
	go func() {
		for i := 1; i <= n; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func squares(in <-chan int) <-chan int {
	c := make(chan int)
	go func() {
		for v := range in {
			c <- v * v
		}
		close(c)
	}()
	return c
}

func main() {
	fmt.Println("1. worker pool (4 workers)")
	words := []string{"level", "gopher", "racecar", "channel", "noon", "select", "kayak", "mutex"}
	for _, r := range workerPool(words, 4) {
		fmt.Printf("   %-8s %d letters  palindrome: %v\n", r.word, r.letters, r.palindrome)
	}

	fmt.Println("2. pipeline: sum of squares 1..100")
	total := 0
	for sq := range squares(numbers(100)) {
		total += sq
	}
	fmt.Println("   total =", total)

	fmt.Println("3. goroutine storm: 10,000 goroutines wait at a gate")
	const n = 10_000
	gate := make(chan struct{})
	arrived := make(chan int, n)
	var ready sync.WaitGroup
	for i := 0; i < n; i++ {
		ready.Add(1)
		go func() {
			ready.Done()
			<-gate // parked here: the goroutine costs only its small stack
			arrived <- i
		}()
	}
	ready.Wait()
	fmt.Println("   waiting at the gate:", runtime.NumGoroutine() > n)
	close(gate) // one close wakes them all
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-arrived
	}
	fmt.Println("   all arrived, sum of ids =", sum)
}
