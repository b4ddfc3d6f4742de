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

type employee struct {
	name string
	dept string
	age  int
}

var seed uint32 = 12345

func rnd(n int) int {
	seed = seed*1664525 + 1013904223
	return int(seed>>8) % n
}

func checksum(s []int) int {
	h := 0
	for i, v := range s {
		h = (h*31 + v*(i+1)) % 1000000007
	}
	return h
}

func patterns(n int) map[string][]int {
	m := map[string][]int{}
	sorted := make([]int, n)
	rev := make([]int, n)
	same := make([]int, n)
	saw := make([]int, n)
	random := make([]int, n)
	few := make([]int, n)
	for i := 0; i < n; i++ {
		sorted[i] = i
		rev[i] = n - i
		same[i] = 7
		saw[i] = i % 17
		random[i] = rnd(1000000) - 500000
		few[i] = rnd(4)
	}
	m["sorted"], m["reversed"], m["same"], m["sawtooth"], m["random"], m["few"] = sorted, rev, same, saw, random, few
	return m
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 12, 13, 50, 51, 200, 3000} {
		ps := patterns(n)
		for _, name := range []string{"sorted", "reversed", "same", "sawtooth", "random", "few"} {
			s := ps[name]
			a := slices.Clone(s)
			slices.Sort(a)
			b := slices.Clone(s)
			slices.SortFunc(b, func(x, y int) int { return cmp.Compare(y, x) })
			c := Ints(slices.Clone(s))
			slices.SortStableFunc(c, cmp.Compare[int])
			slices.Reverse(b)
			fmt.Printf("%d %s sorted=%v %v eq=%v %v checksum=%d\n", n, name, slices.IsSorted(a), slices.IsSortedFunc(b, cmp.Compare[int]),
				slices.Equal(a, b), slices.Equal(Ints(a), c), checksum(a))
		}
	}

	f := []float64{3, math.NaN(), -1, math.Inf(1), 2.5, math.NaN(), math.Inf(-1), 0}
	slices.Sort(f)
	fmt.Println(f, slices.IsSorted(f))
	f32 := []float32{2, float32(math.NaN()), 1}
	slices.Sort(f32)
	fmt.Println(f32)
	slices.SortFunc(f, func(a, b float64) int { return cmp.Compare(b, a) })
	fmt.Println(f, slices.IsSorted(f))

	w := Words{"pear", "apple", "fig", "banana", "kiwi", "cherry", "date", "Apple", "", "éclair"}
	slices.Sort(w)
	fmt.Printf("%q\n", w)
	slices.SortFunc(w, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	fmt.Printf("%q\n", w)
	slices.SortStableFunc(w, func(a, b string) int { return cmp.Compare(len(a), len(b)) })
	fmt.Printf("%q\n", w)
	slices.SortStableFunc(w, func(a, b string) int {
		return cmp.Compare(strings.ToLower(a[:min(1, len(a))]), strings.ToLower(b[:min(1, len(b))]))
	})
	fmt.Printf("%q\n", w)

	staff := []employee{
		{"ann", "eng", 41}, {"bob", "ops", 29}, {"cat", "eng", 29}, {"dan", "hr", 35},
		{"eve", "ops", 41}, {"fay", "eng", 35}, {"gus", "hr", 29}, {"hal", "eng", 29},
	}
	byDept := func(a, b employee) int { return strings.Compare(a.dept, b.dept) }
	byAge := func(a, b employee) int { return a.age - b.age }
	st := slices.Clone(staff)
	slices.SortStableFunc(st, byAge)
	fmt.Println(st)
	slices.SortStableFunc(st, byDept)
	fmt.Println(st)
	slices.SortFunc(st, func(a, b employee) int {
		return cmp.Or(byDept(a, b), -byAge(a, b), cmp.Compare(a.name, b.name))
	})
	fmt.Println(st)
	fmt.Println(slices.IsSortedFunc(st, byDept), slices.IsSortedFunc(st, byAge))
	oldest := slices.MaxFunc(staff, byAge)
	youngest := slices.MinFunc(staff, byAge)
	fmt.Println(oldest, youngest)
	i, found := slices.BinarySearchFunc(st, "hr", func(e employee, d string) int { return strings.Compare(e.dept, d) })
	fmt.Println(i, found, st[i])

	// Stable sort of many records with few keys: the order of ties is the input order.
	type rec struct{ key, seq int }
	recs := make([]rec, 2500)
	for i := range recs {
		recs[i] = rec{rnd(10), i}
	}
	slices.SortStableFunc(recs, func(a, b rec) int { return cmp.Compare(a.key, b.key) })
	ok := true
	h := 0
	for i := 1; i < len(recs); i++ {
		if recs[i-1].key > recs[i].key || (recs[i-1].key == recs[i].key && recs[i-1].seq > recs[i].seq) {
			ok = false
		}
		h = (h*131 + recs[i].seq) % 1000003
	}
	fmt.Println("stable ok:", ok, h, recs[:5], recs[len(recs)-3:])

	// Sorting pointers by a field, with the comparison counted.
	type box struct{ v int }
	boxes := []*box{}
	for i := 0; i < 40; i++ {
		boxes = append(boxes, &box{(i * 37) % 41})
	}
	calls := 0
	slices.SortFunc(boxes, func(a, b *box) int { calls++; return a.v - b.v })
	vs := []int{}
	for _, b := range boxes {
		vs = append(vs, b.v)
	}
	fmt.Println(vs, calls > 0)
	fmt.Println(slices.IsSorted([]int{}), slices.IsSorted([]string{"b", "a"}), slices.IsSorted(Ints{1, 1, 2}))
}
