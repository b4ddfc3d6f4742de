package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	l := mergesort(a[:len(a)/2])
	r := mergesort(a[len(a)/2:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out = append(out, l[0])
			l = l[1:]
		} else {
			out = append(out, r[0])
			r = r[1:]
		}
	}
	return append(append(out, l...), r...)
}

type Heap []int

func (h *Heap) Push(v int) {
	*h = append(*h, v)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p] <= (*h)[i] {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *Heap) Pop() int {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && (*h)[l] < (*h)[m] {
			m = l
		}
		if r < n && (*h)[r] < (*h)[m] {
			m = r
		}
		if m == i {
			break
		}
		(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
		i = m
	}
	return top
}

func gen(n int, seed uint32) []int {
	out := make([]int, n)
	for i := range out {
		seed ^= seed << 13
		seed ^= seed >> 17
		seed ^= seed << 5
		out[i] = int(seed % 10000)
	}
	return out
}

func main() {
	a := gen(5000, 2463534242)
	b := append([]int(nil), a...)
	quicksort(b)
	c := mergesort(append([]int(nil), a...))
	var h Heap
	for _, v := range a {
		h.Push(v)
	}
	d := make([]int, 0, len(a))
	for len(h) > 0 {
		d = append(d, h.Pop())
	}
	same := true
	for i := range b {
		if b[i] != c[i] || b[i] != d[i] {
			same = false
		}
	}
	fmt.Println(same, b[:8], b[len(b)-3:], a[:5])
	small := []int{5, -2, 9, 0, 3}
	quicksort(small)
	fmt.Println(small, mergesort([]int{3, 1, 2}))
}
