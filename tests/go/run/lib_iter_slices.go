package main

import (
	"fmt"
	"iter"
	"slices"
	"strings"
)

type Names []string

type point struct{ x, y int }

func show[E any](label string, seq iter.Seq[E]) {
	fmt.Print(label, ":")
	for v := range seq {
		fmt.Print(" ", v)
	}
	fmt.Println()
}

func show2[K, V any](label string, seq iter.Seq2[K, V]) {
	fmt.Print(label, ":")
	for k, v := range seq {
		fmt.Printf(" %v=%v", k, v)
	}
	fmt.Println()
}

func main() {
	s := []int{10, 20, 30, 40}
	show("values", slices.Values(s))
	show2("all", slices.All(s))
	show2("backward", slices.Backward(s))
	show("values of nil", slices.Values([]int(nil)))
	show2("backward of empty", slices.Backward([]string{}))

	// Early exits from the loops.
	for i, v := range slices.All(s) {
		if v == 30 {
			fmt.Println("found 30 at", i)
			break
		}
	}
	for i, v := range slices.Backward(s) {
		if i%2 == 0 {
			continue
		}
		fmt.Println("odd index from the back", i, v)
	}

	// The iterators see the slice header they were given, but its
	// elements as they are when read.
	vals := slices.Values(s)
	s[0] = 11
	s = append(s, 50)
	show("after change", vals)

	// Collect and AppendSeq.
	c := slices.Collect(slices.Values(s))
	c[1] = 99
	fmt.Println(c, s, len(c))
	fmt.Println(slices.Collect(slices.Values([]int{})) == nil)
	fmt.Println(slices.Collect(slices.Values([]int(nil))) == nil)
	var none iter.Seq[int] = func(func(int) bool) {}
	fmt.Println(slices.Collect(none) == nil)

	names := Names{"ann", "bob"}
	more := slices.AppendSeq(names, slices.Values([]string{"cy", "di"}))
	fmt.Printf("%T %v %d\n", more, more, len(more))
	fmt.Printf("%T\n", slices.Collect(slices.Values(names)))
	fmt.Println(slices.AppendSeq([]int(nil), slices.Values([]int{3, 1, 2})))

	// Reversing through Backward.
	rev := []string{}
	for _, w := range slices.Backward(strings.Fields("one two three four")) {
		rev = append(rev, w)
	}
	fmt.Println(strings.Join(rev, " "))

	// Sorted and friends over slice iterators.
	fmt.Println(slices.Sorted(slices.Values([]float64{2.5, -1, 3, 0})))
	fmt.Println(slices.Sorted(slices.Values([]string{"pear", "Apple", "apple", "Pear"})))
	pts := []point{{3, 1}, {1, 2}, {2, 1}, {1, 1}}
	byY := slices.SortedStableFunc(slices.Values(pts), func(a, b point) int { return a.y - b.y })
	fmt.Println(byY)
	byX := slices.SortedFunc(slices.Values(pts), func(a, b point) int {
		if a.x != b.x {
			return a.x - b.x
		}
		return a.y - b.y
	})
	fmt.Println(byX, pts)

	// A value iterator can be ranged over more than once.
	tw := slices.Values([]rune("héllo"))
	for pass := 0; pass < 2; pass++ {
		n := 0
		for r := range tw {
			if r > 127 {
				n++
			}
		}
		fmt.Println("pass", pass, "non-ASCII", n)
	}

	// Pointers into the slice through All.
	arr := []point{{1, 1}, {2, 2}}
	for i := range slices.All(arr) {
		p := &arr[i]
		p.x *= 10
	}
	fmt.Println(arr)

	// Index-only ranges over Seq2.
	for i := range slices.Backward([]bool{true, false, true}) {
		fmt.Print(i, " ")
	}
	fmt.Println()
}
