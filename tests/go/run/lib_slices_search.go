package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Ints []int
type Words []string

type item struct {
	key  string
	rank int
}

func main() {
	a := Ints{3, 1, 4, 1, 5, 9, 2, 6}
	b := []int{3, 1, 4, 1, 5, 9, 2, 6}
	fmt.Println(slices.Equal(a, Ints(b)), slices.Equal(a, b), slices.Equal(a[:3], b))
	fmt.Println(slices.Equal(Ints(nil), Ints{}), slices.Equal([]int(nil), nil))
	nan := math.NaN()
	fmt.Println(slices.Equal([]float64{1, nan}, []float64{1, nan}), slices.Equal([]float64{0}, []float64{math.Copysign(0, -1)}))
	fmt.Println(slices.EqualFunc(a, []string{"3", "1", "4", "1", "5", "9", "2", "6"}, func(x int, s string) bool {
		return fmt.Sprint(x) == s
	}))
	fmt.Println(slices.EqualFunc([]string{"Go", "BURROW"}, Words{"go", "burrow"}, strings.EqualFold))

	for _, p := range [][2][]int{
		{{1, 2, 3}, {1, 2, 3}},
		{{1, 2}, {1, 2, 3}},
		{{1, 2, 4}, {1, 2, 3}},
		{nil, {}},
		{{}, {0}},
		{{5}, nil},
	} {
		fmt.Print(slices.Compare(p[0], p[1]), " ", slices.Compare(p[1], p[0]), "; ")
	}
	fmt.Println()
	fmt.Println(slices.Compare([]float64{nan, 1}, []float64{0}), slices.Compare([]float64{nan}, []float64{nan}))
	fmt.Println(slices.Compare(Words{"a", "b"}, Words{"a", "ba"}), slices.Compare([]string{"b"}, []string{"a", "z"}))
	fmt.Println(slices.CompareFunc([]int{1, 2, 3}, []string{"1", "2", "30"}, func(x int, s string) int {
		return cmp.Compare(fmt.Sprint(x), s)
	}))
	fmt.Println(slices.CompareFunc([]item{{"a", 1}, {"b", 2}}, []item{{"a", 1}, {"b", 1}}, func(x, y item) int {
		return cmp.Or(cmp.Compare(x.key, y.key), cmp.Compare(x.rank, y.rank))
	}))

	fmt.Println(slices.Index(a, 1), slices.Index(a, 6), slices.Index(a, 7), slices.Index(Ints(nil), 0))
	fmt.Println(slices.Index([]float64{nan, 1}, nan), slices.Index([]string{"x", "y"}, "y"))
	fmt.Println(slices.Index([]item{{"a", 1}, {"b", 2}}, item{"b", 2}), slices.Index([]any{1, "1", 1.0}, any(1.0)))
	even := func(x int) bool { return x%2 == 0 }
	fmt.Println(slices.IndexFunc(a, even), slices.IndexFunc(a, func(x int) bool { return x > 100 }))
	fmt.Println(slices.Contains(a, 9), slices.Contains(a, 10), slices.Contains(Words{"go"}, "go"))
	fmt.Println(slices.ContainsFunc(a, even), slices.ContainsFunc([]string{"a", "bb"}, func(s string) bool { return len(s) > 2 }))
	var iface []error
	fmt.Println(slices.Contains(iface, nil), slices.Index([]error{nil, fmt.Errorf("x")}, nil))

	// Binary search on sorted data.
	sorted := Ints{1, 3, 3, 3, 7, 9, 11}
	for _, t := range []int{0, 1, 2, 3, 4, 7, 10, 11, 12} {
		i, ok := slices.BinarySearch(sorted, t)
		fmt.Print(t, ":", i, ok, " ")
	}
	fmt.Println()
	i, ok := slices.BinarySearch([]int{}, 5)
	fmt.Println(i, ok)
	fl := []float64{nan, nan, -1, 0.5, 2}
	for _, t := range []float64{nan, -2, -1, 0, 2, 3} {
		i, ok := slices.BinarySearch(fl, t)
		fmt.Print(i, ok, " ")
	}
	fmt.Println()
	names := Words{"ada", "bob", "cy", "dan"}
	for _, t := range []string{"", "ada", "b", "bob", "cz", "zz"} {
		i, ok := slices.BinarySearch(names, t)
		fmt.Print(i, ok, " ")
	}
	fmt.Println()

	items := []item{{"a", 1}, {"c", 3}, {"e", 5}, {"g", 7}}
	byKey := func(it item, k string) int { return cmp.Compare(it.key, k) }
	for _, k := range []string{"a", "b", "e", "h"} {
		i, ok := slices.BinarySearchFunc(items, k, byKey)
		fmt.Print(k, i, ok, " ")
	}
	fmt.Println()
	for _, r := range []int{0, 3, 4, 8} {
		i, ok := slices.BinarySearchFunc(items, r, func(it item, r int) int { return it.rank - r })
		fmt.Print(r, i, ok, " ")
	}
	fmt.Println()

	// Explicit instantiation.
	fmt.Println(slices.Index[Ints, int](a, 5), slices.Contains[[]string, string]([]string{"q"}, "q"))
	idx := slices.Index[[]byte, byte]
	fmt.Println(idx([]byte("hello"), 'l'))
	bs := slices.BinarySearch[[]int, int]
	fmt.Println(bs([]int{10, 20, 30}, 25))
	fmt.Println(slices.Equal[Words, string](Words{"x"}, Words{"x"}))
}
