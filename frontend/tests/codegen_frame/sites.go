package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a, b int
	p    *int
	s    string
}

type Node struct {
	v    int
	next *Node
}

func sumLocal(n int) int {
	t := &T{a: n, b: 2} // frame
	x := new(int)       // frame
	*x = t.a + t.b
	arr := []int{1, 2, n} // frame
	m := make([]int, 3)   // frame
	m[1] = n
	v := make([]byte, n%8) // frame
	v = v[:len(v)/2]
	nodes := [2]*Node{{v: 1}, {v: 2}} // frame
	return *x + arr[2] + m[1] + len(v) + nodes[1].v
}

func closures(n int) int {
	k := 10 // stackvar
	add := func(d int) { k += d } // frame
	get := func() int { return k + n } // frame
	for i := 0; i < n; i++ {
		add(i)
	}
	return get()
}

func fresh() {
	var ps []int
	for i := 0; i < 3; i++ {
		p := &T{a: i} // frame
		q := new(int) // frame
		ps = append(ps, p.a+p.b+*q)
		p.b = 100
		*q = 5
	}
	fmt.Println(ps)
}

func strs(s string, n int) int {
	b := []byte(s) // frame
	b[0] = 'x'
	r := []rune(s) // frame
	c := s + "!" + s // frame
	t := string(b[:n]) // frame
	u := string(r) // frame
	return len(b) + cap(b) + len(r) + cap(r) + len(c) + len(t) + len(u)
}

func variadic(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func useVariadic(n int) int {
	return variadic(1, 2, n) // frame
}

type Big struct{ a, b, c int }

func (b Big) Sum() int { return b.a + b.b + b.c }

type Summer interface{ Sum() int }

func iface(n int) int {
	var s Summer = Big{n, 2, 3} // frame
	return s.Sum()
}

func main() {
	fmt.Println(sumLocal(5), closures(4), strs("héllo", 3), useVariadic(7), iface(4))
	fresh()
	fmt.Println(strs("a much longer string that does not fit", 3))
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	t := 0
	for i := 0; i < 1000; i++ {
		t += sumLocal(i) + closures(3) + strs("abc", 2) + useVariadic(i) + iface(i)
	}
	runtime.ReadMemStats(&ms)
	fmt.Println(t, ms.Mallocs-before)
}
