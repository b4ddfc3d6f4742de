package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type person struct {
	name string
	age  int
}

func main() {
	xs := []int{3, 1, 2}
	slices.Sort(xs)
	fmt.Println(xs, slices.Contains(xs, 2), slices.Index(xs, 3))
	ps := []person{{"cy", 30}, {"ann", 30}, {"bob", 25}}
	slices.SortFunc(ps, func(a, b person) int { return cmp.Compare(a.name, b.name) })
	fmt.Println(ps)
	slices.SortStableFunc(ps, func(a, b person) int { return cmp.Compare(a.age, b.age) })
	fmt.Println(ps)
	fmt.Println(slices.Max([]float64{1, 9, 3}), slices.Min([]string{"z", "y"}))
	fmt.Println(cmp.Compare(1, 2), cmp.Less("b", "a"), min(3, 1, 2), max(2.5, 1))
	ys := slices.Clone(xs)
	ys = slices.Insert(ys, 1, 10, 11)
	fmt.Println(ys, xs, slices.Equal(xs, ys))
	slices.Reverse(ys)
	fmt.Println(ys)
	i, found := slices.BinarySearch(xs, 2)
	fmt.Println(i, found)
	fmt.Println(slices.IndexFunc(ps, func(p person) bool { return p.age > 26 }))
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	fmt.Println(keys)
	words := strings.Fields("b a c a")
	slices.Sort(words)
	fmt.Println(slices.Compact(words))
	fmt.Println(cmp.Or(0, 0, 7), cmp.Or("", "x"))
}
