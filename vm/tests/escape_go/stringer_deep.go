package main

import "fmt"

type T struct{ n int }

func deep(n int) int {
	var buf [64]int
	buf[n%64] = n
	if n == 0 {
		return 0
	}
	return deep(n-1) + buf[n%64] - n + 1
}

func (t T) String() string { return fmt.Sprint("T", deep(t.n)) }

type P struct{ v *int }

func (p *P) String() string { return fmt.Sprint("P", deep(*p.v)) }

func main() {
	a, b := T{20000}, T{3}
	x := 7
	fmt.Println(a, x, b, "end")
	s := fmt.Sprintf("%v|%d|%v", b, x, a)
	fmt.Println(s)
	n := 5000
	p := &P{&n}
	fmt.Println(p, []T{b, a}, map[string]T{"k": a})
}
