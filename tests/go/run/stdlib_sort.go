package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type rec struct {
	key  int
	name string
	pad  [3]float64
}

type byKey []rec

func (b byKey) Len() int           { return len(b) }
func (b byKey) Less(i, j int) bool { return b[i].key < b[j].key }
func (b byKey) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func main() {
	// Stability with many equal keys.
	var rs []rec
	for i := 0; i < 300; i++ {
		rs = append(rs, rec{key: (i * 37) % 7, name: fmt.Sprint("r", i)})
	}
	sort.Stable(byKey(rs))
	ok := true
	for i := 1; i < len(rs); i++ {
		a, b := rs[i-1], rs[i]
		if a.key > b.key {
			ok = false
		}
		na, _ := strconv.Atoi(a.name[1:])
		nb, _ := strconv.Atoi(b.name[1:])
		if a.key == b.key && na > nb {
			ok = false
		}
	}
	fmt.Println("stable:", ok, rs[0].name, rs[299].name)

	rs2 := make([]rec, len(rs))
	copy(rs2, rs)
	sort.SliceStable(rs2, func(i, j int) bool { return rs2[i].name < rs2[j].name })
	fmt.Println(rs2[0].name, rs2[1].name, rs2[299].name, sort.SliceIsSorted(rs2, func(i, j int) bool { return rs2[i].name < rs2[j].name }))
	sort.SliceStable(rs2, func(i, j int) bool { return rs2[i].key > rs2[j].key })
	fmt.Println(rs2[0].key, rs2[0].name, rs2[1].name, rs2[299].key, rs2[299].name)

	// Unstable sorts with distinct keys: deterministic results.
	perm := make([]int, 1000)
	for i := range perm {
		perm[i] = (i*7919 + 13) % 1000
	}
	p2 := append([]int(nil), perm...)
	sort.Slice(p2, func(i, j int) bool { return p2[i] > p2[j] })
	fmt.Println(p2[:5], p2[995:], sort.SliceIsSorted(p2, func(i, j int) bool { return p2[i] > p2[j] }))
	p3 := append([]int(nil), perm...)
	sort.Sort(sort.IntSlice(p3))
	fmt.Println(p3[:5], sort.IntsAreSorted(p3), sort.IsSorted(sort.Reverse(sort.IntSlice(p3))))
	sort.Sort(sort.Reverse(sort.IntSlice(p3)))
	fmt.Println(p3[:5])
	sort.Ints(perm)
	fmt.Println(perm[:3], perm[997:], sort.SearchInts(perm, 500), sort.SearchInts(perm, 5000), sort.IntSlice(perm).Search(-1))

	words := strings.Fields("the quick brown fox jumps over the lazy dog again and again")
	sort.Strings(words)
	fmt.Println(words, sort.StringsAreSorted(words), sort.SearchStrings(words, "fox"), sort.StringSlice(words).Search("zzz"))
	fl := []float64{3, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2.5}
	sort.Float64s(fl)
	fmt.Println(fl, sort.Float64sAreSorted(fl), sort.SearchFloat64s([]float64{1, 2, 3}, 2.5))
	ss := sort.StringSlice{"b", "c", "a"}
	sort.Sort(ss)
	fmt.Println(ss, ss.Len(), ss.Less(0, 1))
	fs := sort.Float64Slice{2, 1}
	fs.Sort()
	fmt.Println(fs)

	i, found := sort.Find(len(words), func(i int) int { return strings.Compare("lazy", words[i]) })
	fmt.Println(i, found)
	i, found = sort.Find(len(words), func(i int) int { return strings.Compare("m", words[i]) })
	fmt.Println(i, found)
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(i int) bool { return i >= 3 }))

	// Small and empty inputs.
	var empty []int
	sort.Ints(empty)
	sort.Slice(empty, func(i, j int) bool { return false })
	one := []string{"x"}
	sort.SliceStable(one, func(i, j int) bool { return one[i] < one[j] })
	fmt.Println(empty, one)

	// Slices of pointers and of strings through sort.Slice.
	ptrs := []*rec{{key: 3}, {key: 1}, {key: 2}}
	sort.Slice(ptrs, func(i, j int) bool { return ptrs[i].key < ptrs[j].key })
	fmt.Println(ptrs[0].key, ptrs[1].key, ptrs[2].key)
	strs := []string{"pear", "fig", "banana", "kiwis"}
	sort.Slice(strs, func(i, j int) bool { return len(strs[i]) < len(strs[j]) })
	fmt.Println(strs)

	// Ties: sort.Slice and sort.Sort leave equal elements in the order
	// Go's pdqsort does.
	ties := make([]rec, 200)
	seed := uint32(7)
	for i := range ties {
		seed = seed*1103515245 + 12345
		ties[i] = rec{key: int(seed>>16) % 5, name: strconv.Itoa(i)}
	}
	t2 := append([]rec(nil), ties...)
	sort.Slice(ties, func(i, j int) bool { return ties[i].key < ties[j].key })
	sort.Sort(sort.Reverse(byKey(t2)))
	for i := 0; i < 200; i += 9 {
		fmt.Print(ties[i].key, ":", ties[i].name, " ", t2[i].key, ":", t2[i].name, " ")
	}
	fmt.Println()
	words2 := strings.Fields("b a c b a d c a b e a")
	counts := map[string]int{}
	for _, w := range words2 {
		counts[w]++
	}
	uniq := []string{}
	for _, w := range words2 {
		if counts[w] > 0 {
			uniq = append(uniq, w)
			counts[w] = -counts[w]
		}
	}
	sort.Slice(uniq, func(i, j int) bool { return counts[uniq[i]] < counts[uniq[j]] })
	fmt.Println(uniq)

	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		sort.Slice(42, func(i, j int) bool { return false })
	}()
}
