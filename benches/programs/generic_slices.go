// Generic code: slices.Sort and slices.BinarySearch over 300k ints, a
// generic Map/Filter/Reduce pipeline, and a generic ordered tree.
package main

import (
	"cmp"
	"fmt"
	"slices"
)

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

type Tree[K cmp.Ordered, V any] struct {
	root *node[K, V]
	n    int
}

type node[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *node[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := cmp.Compare(k, (*p).k); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).v = v
			return
		}
	}
	*p = &node[K, V]{k: k, v: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		switch c := cmp.Compare(k, n.k); {
		case c < 0:
			n = n.left
		case c > 0:
			n = n.right
		default:
			return n.v, true
		}
	}
	var zero V
	return zero, false
}

func main() {
	const n = 300000
	xs := make([]int, n)
	seed := uint32(1)
	for i := range xs {
		seed = seed*1664525 + 1013904223
		xs[i] = int(seed >> 8)
	}
	ys := slices.Clone(xs)
	slices.Sort(ys)
	found := 0
	for _, x := range xs[:50000] {
		if _, ok := slices.BinarySearch(ys, x); ok {
			found++
		}
	}
	sq := Map(xs, func(x int) float64 { return float64(x%1000) * 0.5 })
	big := Filter(sq, func(f float64) bool { return f > 250 })
	sum := Reduce(big, 0.0, func(a, f float64) float64 { return a + f })
	var t Tree[int, int]
	for i, x := range xs[:100000] {
		t.Put(x%50000, i)
	}
	hits := 0
	for i := 0; i < 100000; i++ {
		if _, ok := t.Get(i); ok {
			hits++
		}
	}
	fmt.Println(ys[0] <= ys[n-1], found, len(big), sum, t.n, hits)
}
