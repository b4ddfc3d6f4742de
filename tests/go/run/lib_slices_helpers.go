package main

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
)

func SortBy[T any, K cmp.Ordered](s []T, key func(T) K) {
	slices.SortStableFunc(s, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

func MaxBy[T any, K cmp.Ordered](s []T, key func(T) K) T {
	return slices.MaxFunc(s, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
}

type Matrix[E cmp.Ordered] [][]E

func (m Matrix[E]) SortRows() {
	for _, r := range m {
		slices.Sort(r)
	}
	slices.SortFunc(m, func(a, b []E) int { return slices.Compare(a, b) })
}

type pair[K comparable, V any] struct {
	k K
	v V
}

func Entries[M ~map[K]V, K cmp.Ordered, V any](m M) []pair[K, V] {
	var out []pair[K, V]
	for k, v := range m {
		out = append(out, pair[K, V]{k, v})
	}
	slices.SortFunc(out, func(a, b pair[K, V]) int { return cmp.Compare(a.k, b.k) })
	return out
}

func main() {
	words := strings.Fields("Zeta alpha Beta gamma delta Epsilon")
	SortBy(words, strings.ToLower)
	fmt.Println(words)
	SortBy(words, func(s string) int { return len(s) })
	fmt.Println(words, MaxBy(words, func(s string) int { return len(s) }))
	m := Matrix[int]{{3, 2, 1}, {1, 1}, {0, 9}}
	m.SortRows()
	fmt.Println(m)
	ms := Matrix[string]{{"b", "a"}, {"a"}}
	ms.SortRows()
	fmt.Println(ms)
	fmt.Println(Entries(map[string]int{"b": 2, "a": 1, "c": 3}))
	fmt.Println(Entries(map[float64]bool{2.5: true, -1: false}))
	bs := [][]byte{[]byte("zz"), []byte("a"), []byte("m")}
	slices.SortFunc(bs, bytes.Compare)
	fmt.Printf("%s\n", bs)
	rs := []rune("helLo")
	fmt.Println(slices.ContainsFunc(rs, unicode.IsUpper), slices.IndexFunc(rs, unicode.IsUpper))
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	fmt.Println(slices.Equal(a[:], b[:]))
	type P struct{ X, Y int }
	fmt.Println(maps.Equal(map[string]P{"a": {1, 2}}, map[string]P{"a": {1, 2}}))
	idx := slices.IndexFunc(words, func(s string) bool { return strings.HasPrefix(s, "g") })
	fmt.Println(idx)
	defer func() { fmt.Println("recovered:", recover()) }()
	slices.SortFunc([]int{3, 2, 1}, func(a, b int) int { panic(fmt.Sprint("cmp ", a, b)) })
}
