package main

import "fmt"

type Seq[V any] func(yield func(V) bool)

func Values[T any](xs ...T) Seq[T] {
	return func(yield func(T) bool) {
		for _, x := range xs {
			if !yield(x) {
				return
			}
		}
	}
}

// A defer in the body of a range-over-func loop belongs to the enclosing
// function: it runs when DeferInLoop returns, not at the end of the iteration.
func DeferInLoop[T any](s Seq[T], last T) (log []T) {
	for v := range s {
		defer func() { log = append(log, v) }()
	}
	log = append(log, last)
	return log
}

func seq(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func plain() (log []int) {
	for v := range seq {
		defer func() { log = append(log, v) }()
	}
	log = append(log, 100)
	return log
}

func main() {
	fmt.Println(DeferInLoop(Values("x", "y", "z"), "end"))
	fmt.Println(plain())
}
