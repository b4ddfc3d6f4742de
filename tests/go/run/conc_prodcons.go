// Producer/consumer over a bounded buffer, several of each; totals and counts are checked.
package main

import (
	"fmt"
	"sync"
)

type item struct {
	producer int
	seq      int
	payload  []int
}

func main() {
	buf := make(chan *item, 8)
	var prod sync.WaitGroup
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func() {
			defer prod.Done()
			for s := 0; s < 250; s++ {
				buf <- &item{p, s, []int{p, s, p * s}}
			}
		}()
	}
	go func() {
		prod.Wait()
		close(buf)
	}()
	type tally struct {
		count, sum int
	}
	var mu sync.Mutex
	per := map[int]tally{}
	var cons sync.WaitGroup
	for c := 0; c < 3; c++ {
		cons.Add(1)
		go func() {
			defer cons.Done()
			for it := range buf {
				mu.Lock()
				t := per[it.producer]
				t.count++
				t.sum += it.payload[0] + it.payload[1] + it.payload[2]
				per[it.producer] = t
				mu.Unlock()
			}
		}()
	}
	cons.Wait()
	for p := 0; p < 4; p++ {
		fmt.Printf("producer %d: %d items, sum %d\n", p, per[p].count, per[p].sum)
	}
}
