package main

import (
	"fmt"
	"runtime"
)

type Pair struct {
	l, r *int
	name string
}

type Holder struct {
	p    *Pair
	heap *[]int
}

// Frame objects pointing at frame objects and at heap objects survive stack
// growth (deep recursion) and collections.
func deep(n int) int {
	a, b := n, n*2         // stackvar
	pr := &Pair{&a, &b, "p"} // frame
	h := &Holder{p: pr}      // frame
	hs := make([]int, 3)
	hs[0] = n
	h.heap = &hs
	buf := make([]int, 2, 4) // frame
	buf[1] = n
	get := func() int { return *h.p.l + *h.p.r + buf[1] } // frame
	if n == 0 {
		runtime.GC()
		return get()
	}
	r := deep(n - 1)
	*pr.l += 1
	if n%50 == 0 {
		runtime.GC()
	}
	return r + get() - 4*n + (*h.heap)[0] - n + len(pr.name)
}

type Stringer interface{ String() string }

type Pt struct{ x, y int }

func (p Pt) String() string { return fmt.Sprint("(", p.x, ",", p.y, ")") }

func show(s Stringer) string { return s.String() }

func boxes(n int) string {
	out := ""
	for i := 0; i < n; i++ {
		p := Pt{i, i * i}
		out += show(p)
	}
	return out
}

func deferred(n int) (res int) { // stackvar
	x := n // stackvar
	defer func() { res += x }() // frame
	defer add(&res, 100)
	x = 7
	return n
}

func add(p *int, d int) { *p += d }

func recovered() (msg string) { // stackvar
	defer func() { // frame
		if r := recover(); r != nil {
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	s := make([]int, 2) // frame
	i := 5
	s[i%len(s)+2] = 1
	return "no"
}

func growDefer(n int) int {
	if n == 0 {
		return 0
	}
	v := n // stackvar
	defer func() { v++ }() // frame
	return growDefer(n-1) + v
}

func main() {
	fmt.Println(deep(300))
	fmt.Println(boxes(4))
	fmt.Println(deferred(3))
	fmt.Println(recovered())
	fmt.Println(growDefer(200))
	bad := 20
	defer func() { fmt.Println("recover:", recover()) }()
	s := make([]byte, bad, 10) // frame
	fmt.Println(len(s))
}
