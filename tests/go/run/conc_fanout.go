// Fan-out: one job queue, several workers; results carry their job index, collected by index.
package main

import (
	"fmt"
	"strings"
)

type job struct {
	idx  int
	text string
}

type result struct {
	idx    int
	worker int
	upper  string
	vowels int
}

func worker(id int, jobs <-chan job, results chan<- result) {
	for j := range jobs {
		n := 0
		for _, r := range j.text {
			if strings.ContainsRune("aeiou", r) {
				n++
			}
		}
		results <- result{j.idx, id, strings.ToUpper(j.text), n}
	}
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while gophers dance around a bright fire in the cold night")
	jobs := make(chan job)
	results := make(chan result, 4)
	const workers = 5
	for w := 0; w < workers; w++ {
		go worker(w, jobs, results)
	}
	go func() {
		for i, w := range words {
			jobs <- job{i, w}
		}
		close(jobs)
	}()
	out := make([]result, len(words))
	used := make(map[int]bool)
	for range words {
		r := <-results
		out[r.idx] = r
		used[r.worker] = true
	}
	total := 0
	for _, r := range out {
		fmt.Printf("%2d %-8s %d\n", r.idx, r.upper, r.vowels)
		total += r.vowels
	}
	fmt.Println("total vowels:", total)
	fmt.Println("some worker did something:", len(used) >= 1 && len(used) <= workers)
}
