package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type Inventory map[string]int

type pair struct {
	k string
	v int
}

func sortedPairs[K cmp.Ordered, V any](seq iter.Seq2[K, V]) []string {
	var out []string
	for k, v := range seq {
		out = append(out, fmt.Sprintf("%v=%v", k, v))
	}
	slices.Sort(out)
	return out
}

func main() {
	m := map[string]int{"pear": 3, "apple": 7, "fig": 1, "kiwi": 7, "banana": 2}

	// The common idioms.
	fmt.Println(slices.Sorted(maps.Keys(m)))
	fmt.Println(slices.Sorted(maps.Values(m)))
	fmt.Println(sortedPairs(maps.All(m)))

	keys := slices.Collect(maps.Keys(m))
	slices.Sort(keys)
	fmt.Println(len(keys), keys)

	// Keys by descending value, then by name.
	byCount := slices.SortedFunc(maps.Keys(m), func(a, b string) int {
		if c := cmp.Compare(m[b], m[a]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	fmt.Println(byCount)

	// A stable sort keeps the order of the input for equal elements.
	words := []string{"bb", "a", "cc", "d", "ee", "f"}
	byLen := slices.SortedStableFunc(slices.Values(words), func(a, b string) int {
		return cmp.Compare(len(a), len(b))
	})
	fmt.Println(byLen)

	// Named map types.
	inv := Inventory{"bolts": 40, "nuts": 25}
	fmt.Println(slices.Sorted(maps.Keys(inv)))
	maps.Insert(inv, maps.All(map[string]int{"nuts": 30, "washers": 12}))
	fmt.Println(inv)

	// Collect builds a new map; later pairs win.
	dup := func(yield func(string, int) bool) {
		for i, s := range []string{"x", "y", "x", "z", "y"} {
			if !yield(s, i) {
				return
			}
		}
	}
	fmt.Println(maps.Collect(iter.Seq2[string, int](dup)))
	idx := maps.Collect(slices.All([]string{"zero", "one", "two"}))
	fmt.Println(idx, len(idx))
	empty := maps.Collect(maps.All(map[int]bool(nil)))
	fmt.Println(empty == nil, len(empty))
	empty[1] = true
	fmt.Println(empty)

	// Inverting a map.
	inverse := map[int][]string{}
	for k, v := range maps.All(m) {
		inverse[v] = append(inverse[v], k)
	}
	for _, v := range slices.Sorted(maps.Keys(inverse)) {
		names := inverse[v]
		slices.Sort(names)
		fmt.Println(v, names)
	}

	// Breaking out of a map iterator early.
	n := 0
	for range maps.Keys(m) {
		n++
		if n == 2 {
			break
		}
	}
	fmt.Println("stopped after", n)

	// Keys and Values agree in count; sums match.
	sum := 0
	for v := range maps.Values(m) {
		sum += v
	}
	fmt.Println("sum", sum)

	// Insert into a map of structs keyed by struct.
	type key struct{ x, y int }
	grid := map[key]pair{}
	var points iter.Seq2[key, pair] = func(yield func(key, pair) bool) {
		for i := 0; i < 3; i++ {
			if !yield(key{i, i * i}, pair{fmt.Sprint("p", i), i}) {
				return
			}
		}
	}
	maps.Insert(grid, points)
	gk := slices.SortedFunc(maps.Keys(grid), func(a, b key) int { return cmp.Compare(a.x, b.x) })
	for _, k := range gk {
		fmt.Println(k, grid[k].k, grid[k].v)
	}

	// Equal still works on maps made by Collect.
	c := maps.Collect(maps.All(m))
	fmt.Println(maps.Equal(c, m))
}
