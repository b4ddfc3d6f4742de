// Fan-in: several producers merge into one channel; the consumer sums and sorts what it got.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func producer(id, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- id*1000 + i
		}
	}()
	return out
}

func merge(ins ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	for _, in := range ins {
		wg.Add(1)
		go func(c <-chan int) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	var ins []<-chan int
	for id := 1; id <= 8; id++ {
		ins = append(ins, producer(id, id*5))
	}
	var got []int
	sum := 0
	for v := range merge(ins...) {
		got = append(got, v)
		sum += v
	}
	sort.Ints(got)
	fmt.Println("received", len(got), "values, sum", sum)
	fmt.Println("first", got[:6])
	fmt.Println("last", got[len(got)-6:])
	// Per producer counts, from the sorted values.
	counts := map[int]int{}
	for _, v := range got {
		counts[v/1000]++
	}
	fmt.Println("per producer", counts)
	// Per-producer order is kept inside the merged stream.
	ok := true
	last := map[int]int{}
	for v := range merge(producer(1, 100), producer(2, 100), producer(3, 100)) {
		id := v / 1000
		if prev, seen := last[id]; seen && prev >= v {
			ok = false
		}
		last[id] = v
	}
	fmt.Println("each producer's values arrive in order:", ok)
}
