package main

import (
	"fmt"
	"sort"
)

func deep(n int) int {
	var buf [32]int
	buf[n%32] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + buf[n%32] - n + 1
}

type pair struct {
	k *int
	s string
}

func main() {
	x, y, z, w := 3, 1, 2, 0
	ps := [4]*int{&x, &y, &z, &w}
	sort.Slice(ps[:], func(i, j int) bool { return deep(3000)+*ps[i] < deep(3000)+*ps[j] })
	fmt.Println(*ps[0], *ps[1], *ps[2], *ps[3])
	prs := []pair{{&x, "x"}, {&y, "y"}, {&z, "z"}}
	sort.SliceStable(prs, func(i, j int) bool { return deep(2000)+*prs[i].k > *prs[j].k+deep(2000) })
	for _, p := range prs {
		fmt.Print(p.s, *p.k, " ")
	}
	fmt.Println()
}
