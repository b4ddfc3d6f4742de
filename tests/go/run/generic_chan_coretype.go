package main

import "fmt"

func Recv[C ~chan E | ~<-chan E, E any](c C) E { return <-c }

func Len[T ~[]int | ~[3]int | ~map[string]int](x T) int { return len(x) }

func main() {
	c := make(chan int, 1)
	c <- 4
	fmt.Println(Recv[chan int](c))
	fmt.Println(Len([]int{1}), Len([3]int{}), Len(map[string]int{"a": 1}))
}
