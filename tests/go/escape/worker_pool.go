// A worker pool: jobs and results travel over channels between goroutines; the job structs
// sent as pointers escape, the ones sent by value do not.
package main

import "fmt"

type Job struct {
	ID   int
	Data []int
}

type Result struct {
	JobID int
	Sum   int
}

func worker(jobs <-chan *Job, results chan<- Result) { // ERROR "jobs does not escape$" "results does not escape$"
	for j := range jobs {
		s := 0
		for _, v := range j.Data {
			s += v
		}
		results <- Result{JobID: j.ID, Sum: s}
	}
}

func run(n int) int {
	jobs := make(chan *Job, n)
	results := make(chan Result, n)
	for w := 0; w < 3; w++ {
		go worker(jobs, results)
	}
	for i := 0; i < n; i++ {
		jobs <- &Job{ID: i, Data: []int{i, i + 1}} // ERROR "&Job\{\.\.\.\} escapes to heap$" "\[\]int\{\.\.\.\} escapes to heap$"
	}
	close(jobs)
	total := 0
	for i := 0; i < n; i++ {
		r := <-results
		total += r.Sum
	}
	return total
}

func producer(out chan<- string, names []string) { // ERROR "out does not escape$" "names does not escape$"
	for _, n := range names {
		out <- "hello " + n // ERROR "\"hello \" \+ n escapes to heap$"
	}
	close(out)
}

func consume() {
	ch := make(chan string)
	go producer(ch, []string{"a", "b"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	for s := range ch {
		fmt.Println(s) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$"
	}
}

func main() {
	fmt.Println(run(5)) // ERROR "\.\.\. argument does not escape$" "run\(5\) escapes to heap$"
	consume()
}
