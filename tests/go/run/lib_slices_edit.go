package main

import (
	"fmt"
	"slices"
	"strings"
)

type Ints []int

type node struct {
	name string
	next *node
}

func show(label string, s Ints) {
	fmt.Printf("%s %v len=%d cap=%d full=%v\n", label, s, len(s), cap(s), s[:cap(s)])
}

func main() {
	// Insert: append path, reallocating path, in-place path.
	s := make(Ints, 5, 8)
	for i := range s {
		s[i] = i + 1
	}
	show("start", s)
	show("ins end", slices.Insert(s, 5, 10, 11))
	show("ins mid", slices.Insert(s, 2, 20, 21))
	show("s after", s)
	show("ins none", slices.Insert(s, 1))
	show("ins grow", slices.Insert(s, 0, 7, 7, 7, 7, 7, 7))
	show("ins nil", slices.Insert(Ints(nil), 0, 1, 2, 3))
	var strs []string
	for i := 0; i < 12; i++ {
		strs = slices.Insert(strs, len(strs)/2, fmt.Sprint(i))
		fmt.Print(len(strs), "/", cap(strs), " ")
	}
	fmt.Println(strs)

	// Insert with v aliasing s's array.
	base := Ints{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t := base[:6]
	show("alias", slices.Insert(t, 1, t[2:4]...))
	base = Ints{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t = base[2:6]
	show("alias2", slices.Insert(t, 0, base[0:4]...))
	base = Ints{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	t = base[:5]
	show("alias3", slices.Insert(t, 2, base[6:8]...))

	// Delete zeroes the tail.
	d := Ints{0, 1, 2, 3, 4, 5, 6, 7}
	show("del", slices.Delete(d, 2, 5))
	show("del orig", d)
	d = Ints{0, 1, 2, 3}
	show("del none", slices.Delete(d, 1, 1))
	show("del all", slices.Delete(d, 0, 4))
	ps := []*node{{name: "a"}, {name: "b"}, {name: "c"}}
	ps2 := slices.Delete(ps, 0, 1)
	fmt.Println(len(ps2), ps2[0].name, ps2[1].name, ps[2] == nil)
	ws := []string{"keep", "drop", "x", "drop", "drop", "y"}
	ws2 := slices.DeleteFunc(ws, func(s string) bool { return s == "drop" })
	fmt.Printf("%q %q\n", ws2, ws)
	e := Ints{1, 2, 3}
	show("delfunc none", slices.DeleteFunc(e, func(int) bool { return false }))
	show("delfunc all", slices.DeleteFunc(e, func(int) bool { return true }))

	// Replace: same length, shrinking, growing in place, growing past cap, at the end.
	r := make(Ints, 6, 9)
	for i := range r {
		r[i] = 10 * i
	}
	show("rep same", slices.Replace(slices.Clone(r), 1, 3, 7, 8))
	show("rep shrink", slices.Replace(r[:6:9], 1, 4, 99))
	show("after shrink", r[:6])
	for i := range r[:6] {
		r[i] = 10 * i
	}
	show("rep grow", slices.Replace(r[:6], 1, 2, 1, 2, 3))
	show("rep big", slices.Replace(Ints{1, 2, 3}, 1, 2, 4, 5, 6, 7, 8))
	r2 := Ints{1, 2, 3, 4, 5}
	show("rep tail", slices.Replace(r2, 2, 5, 9))
	show("rep tail orig", r2)
	show("rep empty", slices.Replace(Ints{1, 2}, 1, 1, 5))
	al := Ints{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	show("rep alias", slices.Replace(al[:6], 1, 2, al[3:6]...))

	// Compact.
	c := Ints{1, 1, 2, 3, 3, 3, 4, 1, 1}
	show("compact", slices.Compact(c))
	show("compact orig", c)
	show("compact short", slices.Compact(Ints{5}))
	fmt.Println(slices.Compact([]string{"a", "a", "A", "b", "b"}), slices.Compact([]float64{1, 1, 0, -0.0}))
	words := []string{"Go", "go", "GO", "rust", "Rust", "go"}
	var calls []string
	cf := slices.CompactFunc(words, func(a, b string) bool {
		calls = append(calls, a+"~"+b)
		return strings.EqualFold(a, b)
	})
	fmt.Printf("%q %q\n%v\n", cf, words, calls)

	// Clone, Grow, Clip.
	var nilInts Ints
	fmt.Println(slices.Clone(nilInts) == nil, slices.Clone(Ints{}) == nil, len(slices.Clone(Ints{})))
	orig := Ints{1, 2, 3}
	cl := slices.Clone(orig)
	cl[0] = 100
	fmt.Printf("%v %v %T\n", orig, cl, cl)
	g := slices.Grow(Ints{1, 2}, 10)
	fmt.Println(g, len(g), cap(g) >= 12)
	g2 := slices.Grow(g, 3)
	fmt.Println(&g2[0] == &g[0], cap(g2) == cap(g))
	var gn Ints
	gn = slices.Grow(gn, 0)
	fmt.Println(gn == nil, cap(slices.Grow(gn, 5)) >= 5)
	big := make([]int, 2, 100)
	cp := slices.Clip(big)
	fmt.Println(len(cp), cap(cp))
	cp = append(cp, 1)
	fmt.Println(big[:3], cp)
	fmt.Println(cap(slices.Clip(Ints(nil))))
}
