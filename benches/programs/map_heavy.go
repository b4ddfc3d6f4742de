// Map-heavy work: int and string keys, inserts, lookups, updates, deletes, iteration.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	const n = 200000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7919%1000003] = i
	}
	sum := 0
	for i := 0; i < 2*n; i++ {
		if v, ok := m[i]; ok {
			sum += v
		}
	}
	for i := 0; i < n; i += 3 {
		delete(m, i*7919%1000003)
	}
	iter := 0
	for k, v := range m {
		iter += k ^ v
	}
	words := make(map[string]int)
	for i := 0; i < n; i++ {
		words["w"+strconv.Itoa(i%5000)] += i
	}
	ws := 0
	for i := 0; i < 5000; i++ {
		ws += words["w"+strconv.Itoa(i)] % 1000
	}
	type key struct{ a, b int32 }
	pm := map[key]int{}
	for i := 0; i < n; i++ {
		pm[key{int32(i % 300), int32(i % 7)}]++
	}
	fmt.Println(len(m), sum, iter, len(words), ws, len(pm))
}
