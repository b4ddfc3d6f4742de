package main

import "fmt"

type Job[T any] struct {
	in  []T
	idx int
}

func Run[T any](jobs <-chan Job[T], done chan<- T) {
	for j := range jobs {
		done <- j.in[j.idx]
	}
}

func main() {
	jobs := make(chan Job[int])
	done := make(chan int)
	go Run(jobs, done)
	jobs <- Job[int]{[]int{10, 20}, 1}
	fmt.Println(<-done)
	jobs <- Job[int]{[]int{10, 20}, 2}
	fmt.Println(<-done)
}
