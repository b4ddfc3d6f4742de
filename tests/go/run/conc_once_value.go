// sync.OnceValue and sync.OnceValues (generic): the function runs once, every caller in
// every goroutine gets its results.
package main

import (
	"errors"
	"fmt"
	"sync"
)

func main() {
	computed := 0
	value := sync.OnceValue(func() int {
		computed++
		return 42
	})
	var vg sync.WaitGroup
	results := make([]int, 10)
	for i := range results {
		vg.Add(1)
		go func() {
			defer vg.Done()
			results[i] = value()
		}()
	}
	vg.Wait()
	fmt.Println("OnceValue:", results, "computed", computed)
	parsed := 0
	parse := sync.OnceValues(func() (int, error) {
		parsed++
		return 7, errors.New("cached error")
	})
	var pg sync.WaitGroup
	for i := 0; i < 5; i++ {
		pg.Add(1)
		go func() {
			defer pg.Done()
			parse()
		}()
	}
	pg.Wait()
	v, err := parse()
	fmt.Println("OnceValues:", v, err, "computed", parsed)
}
