// A runtime error in a named function run as a goroutine; main blocks on a channel meanwhile.
package main

import "fmt"

func worker(xs []int, i int, out chan<- int) {
	out <- xs[i]
}

func main() {
	out := make(chan int)
	go worker([]int{1, 2, 3}, 1, out)
	fmt.Println(<-out)
	go worker([]int{1, 2, 3}, 5, out)
	fmt.Println(<-out)
}
