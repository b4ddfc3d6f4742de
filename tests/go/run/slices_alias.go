package main

import "fmt"

func appendOne(s []int) []int { return append(s, 1) }

func fill(s []int, v int) {
	for i := range s {
		s[i] = v
	}
}

func main() {
	base := make([]int, 3, 4)
	a := append(base, 10)
	b := append(base, 20)
	fmt.Println(a, b, a[3] == b[3])
	full := []int{1, 2, 3}
	c := append(full, 4)
	d := append(full, 5)
	fmt.Println(c, d)
	fill(base[1:], 7)
	fmt.Println(base, a)
	e := appendOne(base[:1])
	fmt.Println(e, base)
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 3)
	n = copy(bs, "xyzw")
	fmt.Println(n, string(bs))
	s := []int{0, 1, 2, 3, 4, 5}
	s = append(s[:2], s[3:]...)
	fmt.Println(s, len(s), cap(s))
	s = s[:0]
	fmt.Println(s, len(s), cap(s))
	s = s[:6]
	fmt.Println(s)
	r := []int{1, 2, 3, 4}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
	ins := []int{1, 2, 4}
	ins = append(ins[:2], append([]int{3}, ins[2:]...)...)
	fmt.Println(ins)
	seen := []int{}
	for _, v := range src {
		src = append(src, v)
		seen = append(seen, v)
	}
	fmt.Println(seen, len(src))
	arr := [4]int{1, 2, 3, 4}
	as := arr[:2]
	as = append(as, 99)
	fmt.Println(arr, as)
	p := &arr
	ps := p[1:]
	ps[0] = 42
	fmt.Println(arr)
	sl := []int{1, 2, 3}
	ap := (*[3]int)(sl)
	ap[0] = 11
	av := [3]int(sl)
	av[1] = 22
	fmt.Println(sl, av)
}
