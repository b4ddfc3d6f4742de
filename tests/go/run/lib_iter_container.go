package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

// List is a singly linked list.
type List[T any] struct {
	head, tail *node[T]
	n          int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(vs ...T) *List[T] {
	for _, v := range vs {
		nd := &node[T]{v: v}
		if l.tail == nil {
			l.head = nd
		} else {
			l.tail.next = nd
		}
		l.tail = nd
		l.n++
	}
	return l
}

func (l *List[T]) All() iter.Seq[T] {
	return func(yield func(T) bool) {
		for nd := l.head; nd != nil; nd = nd.next {
			if !yield(nd.v) {
				return
			}
		}
	}
}

func (l *List[T]) Indexed() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range l.All() {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

// Tree is an unbalanced binary search tree.
type Tree[K cmp.Ordered, V any] struct {
	root *tnode[K, V]
	size int
}

type tnode[K cmp.Ordered, V any] struct {
	k           K
	v           V
	left, right *tnode[K, V]
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
	*p = &tnode[K, V]{k: k, v: v}
	t.size++
}

// All walks the tree in order, recursively.
func (t *Tree[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		t.root.walk(yield)
	}
}

func (n *tnode[K, V]) walk(yield func(K, V) bool) bool {
	if n == nil {
		return true
	}
	return n.left.walk(yield) && yield(n.k, n.v) && n.right.walk(yield)
}

// Keys is written with a range over All.
func (t *Tree[K, V]) Keys() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range t.All() {
			if !yield(k) {
				return
			}
		}
	}
}

// Descending walks the tree backwards with an explicit stack.
func (t *Tree[K, V]) Descending() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		var stack []*tnode[K, V]
		n := t.root
		for n != nil || len(stack) > 0 {
			for n != nil {
				stack = append(stack, n)
				n = n.right
			}
			n = stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if !yield(n.k, n.v) {
				return
			}
			n = n.left
		}
	}
}

// Set is a set over a map, iterated in sorted order when ordered.
type Set[T comparable] struct{ m map[T]struct{} }

func NewSet[T comparable](vs iter.Seq[T]) *Set[T] {
	s := &Set[T]{m: map[T]struct{}{}}
	for v := range vs {
		s.m[v] = struct{}{}
	}
	return s
}

func (s *Set[T]) All() iter.Seq[T] { return maps.Keys(s.m) }

func (s *Set[T]) Len() int { return len(s.m) }

func Sorted[T cmp.Ordered](s *Set[T]) []T { return slices.Sorted(s.All()) }

// sameKeys compares two trees' key sequences with two pulls.
func sameKeys[K cmp.Ordered, V1, V2 any](a *Tree[K, V1], b *Tree[K, V2]) bool {
	na, sa := iter.Pull(a.Keys())
	nb, sb := iter.Pull(b.Keys())
	same := true
	for {
		x, ok1 := na()
		y, ok2 := nb()
		if ok1 != ok2 || x != y {
			same = false
			break
		}
		if !ok1 {
			break
		}
	}
	sa()
	sb()
	return same
}

type Grid[T any] struct {
	w, h  int
	cells []T
}

func NewGrid[T any](w, h int, f func(x, y int) T) *Grid[T] {
	g := &Grid[T]{w: w, h: h, cells: make([]T, w*h)}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			g.cells[y*w+x] = f(x, y)
		}
	}
	return g
}

type Pos struct{ X, Y int }

func (g *Grid[T]) Cells() iter.Seq2[Pos, T] {
	return func(yield func(Pos, T) bool) {
		for i, c := range g.cells {
			if !yield(Pos{i % g.w, i / g.w}, c) {
				return
			}
		}
	}
}

func (g *Grid[T]) Rows() iter.Seq[[]T] { return slices.Chunk(g.cells, g.w) }

func main() {
	l := (&List[string]{}).Push("one", "two", "three")
	fmt.Println(slices.Collect(l.All()), l.n)
	for i, v := range l.Indexed() {
		fmt.Println(i, v)
	}
	var empty List[float64]
	fmt.Println(slices.Collect(empty.All()) == nil)
	all := l.All
	fmt.Println(slices.Sorted(all()))

	t := &Tree[int, string]{}
	for _, k := range []int{50, 30, 70, 20, 40, 60, 80, 30} {
		t.Put(k, fmt.Sprint("v", k))
	}
	fmt.Println("size", t.size)
	for k, v := range t.All() {
		fmt.Print(k, ":", v, " ")
	}
	fmt.Println()
	for k := range t.Descending() {
		fmt.Print(k, " ")
	}
	fmt.Println()
	for k := range t.Keys() {
		if k > 45 {
			fmt.Println("first key over 45:", k)
			break
		}
	}
	fmt.Println(maps.Collect(t.All())[40])

	words := &Tree[string, int]{}
	for i, w := range strings.Fields("the quick brown fox jumps over the lazy dog") {
		words.Put(w, i)
	}
	fmt.Println(slices.Collect(words.Keys()))

	t2 := &Tree[int, bool]{}
	for _, k := range []int{20, 80, 40, 60, 30, 50, 70} {
		t2.Put(k, true)
	}
	fmt.Println("same keys:", sameKeys(t, t2))
	t2.Put(90, false)
	fmt.Println("same keys:", sameKeys(t, t2))

	s := NewSet(slices.Values([]string{"b", "a", "b", "c", "a"}))
	fmt.Println(s.Len(), Sorted(s))
	ns := NewSet(t.Keys())
	fmt.Println(ns.Len(), Sorted(ns))

	g := NewGrid(3, 2, func(x, y int) int { return 10*y + x })
	for p, v := range g.Cells() {
		if p.X == 2 {
			fmt.Println(p, v)
		}
	}
	for r := range g.Rows() {
		fmt.Println("row", r)
	}
	cg := NewGrid(2, 2, func(x, y int) string { return strings.Repeat("#", x+y) })
	fmt.Println(slices.Collect(cg.Rows()))
}
