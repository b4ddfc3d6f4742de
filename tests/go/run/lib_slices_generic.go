package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
)

type Version struct{ Major, Minor, Patch int }

func (v Version) Compare(w Version) int {
	return cmp.Or(cmp.Compare(v.Major, w.Major), cmp.Compare(v.Minor, w.Minor), cmp.Compare(v.Patch, w.Patch))
}

func (v Version) String() string { return fmt.Sprintf("v%d.%d.%d", v.Major, v.Minor, v.Patch) }

type Versions []Version

type Score float64
type Scores []Score

// SortedCopy works for any ordered element and any slice type.
func SortedCopy[S ~[]E, E cmp.Ordered](s S) S {
	c := slices.Clone(s)
	slices.Sort(c)
	return c
}

// Uniq sorts and removes duplicates.
func Uniq[E cmp.Ordered](s []E) []E {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// TopN returns the n largest elements, largest first.
func TopN[E any](s []E, n int, cmpf func(a, b E) int) []E {
	c := slices.Clone(s)
	slices.SortStableFunc(c, func(a, b E) int { return cmpf(b, a) })
	return c[:min(n, len(c))]
}

// SortedKeys returns a map's keys in order.
func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Set is a sorted set on a slice.
type Set[E cmp.Ordered] struct {
	items []E
}

func (s *Set[E]) Add(v E) bool {
	i, found := slices.BinarySearch(s.items, v)
	if found {
		return false
	}
	s.items = slices.Insert(s.items, i, v)
	return true
}

func (s *Set[E]) Remove(v E) bool {
	i, found := slices.BinarySearch(s.items, v)
	if !found {
		return false
	}
	s.items = slices.Delete(s.items, i, i+1)
	return true
}

func (s *Set[E]) Has(v E) bool { return slices.Contains(s.items, v) }

func (s *Set[E]) Items() []E { return slices.Clip(s.items) }

// GroupBy groups elements by key, keys sorted, groups in input order.
func GroupBy[E any, K cmp.Ordered](s []E, key func(E) K) ([]K, map[K][]E) {
	g := map[K][]E{}
	for _, e := range s {
		k := key(e)
		g[k] = append(g[k], e)
	}
	return SortedKeys(g), g
}

func main() {
	vs := Versions{{1, 2, 3}, {1, 10, 0}, {0, 9, 9}, {1, 2, 0}, {2, 0, 0}, {1, 2, 3}}
	slices.SortFunc(vs, Version.Compare)
	fmt.Println(vs)
	fmt.Println(slices.IsSortedFunc(vs, Version.Compare), slices.CompactFunc(slices.Clone(vs), func(a, b Version) bool { return a == b }))
	i, ok := slices.BinarySearchFunc(vs, Version{1, 5, 0}, Version.Compare)
	fmt.Println(i, ok, slices.MaxFunc(vs, Version.Compare), slices.MinFunc(vs, Version.Compare))
	fmt.Println(slices.Index(vs, Version{2, 0, 0}), slices.Contains(vs, Version{3, 0, 0}))

	sc := Scores{2.5, -1, 9.75, 2.5, 0}
	sorted := SortedCopy(sc)
	fmt.Printf("%T %v %v\n", sorted, sorted, sc)
	fmt.Println(SortedCopy([]string{"b", "c", "a"}), SortedCopy([]int8{3, -3, 0}))
	fmt.Println(Uniq([]int{5, 1, 5, 3, 1, 1}), Uniq([]string{"x", "x"}), len(Uniq([]float64{})))
	fmt.Println(TopN([]int{4, 8, 1, 9, 3}, 3, cmp.Compare[int]), TopN(vs, 2, Version.Compare), TopN([]string{"a"}, 5, strings.Compare))

	var set Set[string]
	for _, w := range strings.Fields("the quick brown fox jumps over the lazy dog the end") {
		if !set.Add(w) {
			fmt.Print("dup:", w, " ")
		}
	}
	fmt.Println()
	fmt.Println(set.Items(), set.Has("fox"), set.Has("cat"))
	fmt.Println(set.Remove("fox"), set.Remove("fox"), set.Items(), len(set.Items()), cap(set.Items()))
	var iset Set[int]
	for _, n := range []int{50, 10, 40, 10, 30, 20, 50} {
		iset.Add(n)
	}
	fmt.Println(iset.Items())

	words := strings.Fields("apple avocado banana blueberry cherry apricot beet carrot")
	keys, groups := GroupBy(words, func(w string) byte { return w[0] })
	for _, k := range keys {
		fmt.Printf("%c=%v ", k, groups[k])
	}
	fmt.Println()
	lens, byLen := GroupBy(words, func(w string) int { return len(w) })
	fmt.Println(lens, byLen)
	cl := maps.Clone(byLen)
	maps.DeleteFunc(cl, func(k int, v []string) bool { return len(v) < 2 })
	fmt.Println(SortedKeys(cl), maps.EqualFunc(cl, byLen, func(a, b []string) bool { return slices.Equal(a, b) }))

	// Arrays through slicing, slices of slices, pointers.
	arr := [6]int{6, 5, 4, 3, 2, 1}
	slices.Sort(arr[1:5])
	fmt.Println(arr)
	grid := [][]int{{3, 1}, {1, 2, 3}, {1, 2}, {}, {3}}
	slices.SortFunc(grid, slices.Compare[[]int, int])
	fmt.Println(grid)
	fmt.Println(slices.IndexFunc(grid, func(r []int) bool { return len(r) == 3 }), slices.ContainsFunc(grid, func(r []int) bool { return r == nil }))
	ptrs := []*Version{&vs[0], &vs[3]}
	fmt.Println(slices.Index(ptrs, &vs[3]), slices.Index(ptrs, &vs[1]))
	byteSlices := [][]byte{[]byte("b"), []byte("a")}
	slices.SortFunc(byteSlices, func(a, b []byte) int { return slices.Compare(a, b) })
	fmt.Printf("%s\n", byteSlices)

	// Instances as values.
	sortInts := slices.Sort[[]int, int]
	xs := []int{3, 2, 1}
	sortInts(xs)
	fmt.Println(xs)
	funcs := map[string]func([]string, string) int{"index": slices.Index[[]string, string]}
	fmt.Println(funcs["index"]([]string{"a", "b"}, "b"))
	rev := slices.Reverse[[]int, int]
	rev(xs)
	fmt.Println(xs, slices.Equal(xs, []int{3, 2, 1}))
}
