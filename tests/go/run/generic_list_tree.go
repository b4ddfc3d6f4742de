package main

import (
	"fmt"
	"strings"
)

type Node[T any] struct {
	val  T
	next *Node[T]
}

type List[T any] struct {
	head *Node[T]
	size int
}

func (l *List[T]) PushFront(v T) {
	l.head = &Node[T]{v, l.head}
	l.size++
}

func (l *List[T]) Each(f func(T)) {
	for n := l.head; n != nil; n = n.next {
		f(n.val)
	}
}

func (l *List[T]) Reverse() *List[T] {
	r := &List[T]{}
	l.Each(func(v T) { r.PushFront(v) })
	return r
}

func (l List[T]) Slice() []T {
	out := make([]T, 0, l.size)
	l.Each(func(v T) { out = append(out, v) })
	return out
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	r := &List[U]{}
	l.Reverse().Each(func(v T) { r.PushFront(f(v)) })
	return r
}

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func compare[T Ordered](a, b T) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

type Tree[K Ordered, V any] struct {
	root *tnode[K, V]
	n    int
}

type tnode[K Ordered, V any] struct {
	key         K
	val         V
	left, right *tnode[K, V]
}

func (t *Tree[K, V]) Put(k K, v V) {
	p := &t.root
	for *p != nil {
		switch c := compare(k, (*p).key); {
		case c < 0:
			p = &(*p).left
		case c > 0:
			p = &(*p).right
		default:
			(*p).val = v
			return
		}
	}
	*p = &tnode[K, V]{key: k, val: v}
	t.n++
}

func (t *Tree[K, V]) Get(k K) (V, bool) {
	n := t.root
	for n != nil {
		if k < n.key {
			n = n.left
		} else if k > n.key {
			n = n.right
		} else {
			return n.val, true
		}
	}
	var zero V
	return zero, false
}

func (n *tnode[K, V]) walk(f func(K, V)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.key, n.val)
	n.right.walk(f)
}

func (t *Tree[K, V]) Walk(f func(K, V)) { t.root.walk(f) }

func (n *tnode[K, V]) height() int {
	if n == nil {
		return 0
	}
	return 1 + max(n.left.height(), n.right.height())
}

func (t *Tree[K, V]) Height() int { return t.root.height() }

type Name string

func main() {
	var l List[int]
	for i := 1; i <= 5; i++ {
		l.PushFront(i * i)
	}
	fmt.Println(l.Slice(), l.size)
	fmt.Println(l.Reverse().Slice())
	sl := MapList(&l, func(i int) string { return strings.Repeat("*", i%7) })
	fmt.Printf("%q\n", sl.Slice())
	fmt.Printf("%T %T\n", sl, sl.head)
	var empty List[struct{}]
	fmt.Println(empty.Slice(), len(empty.Slice()))

	t := &Tree[string, int]{}
	for i, w := range strings.Fields("m d x a f t z b m") {
		t.Put(w, i)
	}
	fmt.Println(t.n, t.Height())
	t.Walk(func(k string, v int) { fmt.Print(k, "=", v, " ") })
	fmt.Println()
	v, ok := t.Get("f")
	fmt.Println(v, ok)
	v, ok = t.Get("q")
	fmt.Println(v, ok)

	ft := Tree[float64, []string]{}
	ft.Put(2.5, []string{"two and a half"})
	ft.Put(-1, nil)
	ft.Put(10, []string{"ten", "10"})
	ft.Walk(func(k float64, v []string) { fmt.Println(k, v, len(v)) })

	nt := &Tree[Name, *List[int]]{}
	nt.Put("b", &List[int]{})
	nt.Put("a", &List[int]{})
	lb, _ := nt.Get("b")
	lb.PushFront(7)
	nt.Walk(func(k Name, v *List[int]) { fmt.Println(k, v.Slice()) })
	fmt.Printf("%T\n", nt)
	fmt.Printf("%T\n", nt.root)

	it := Tree[int, int]{}
	for i := 0; i < 100; i++ {
		it.Put((i*37)%101, i)
	}
	sum := 0
	it.Walk(func(k, v int) { sum += k - v })
	fmt.Println(it.n, it.Height(), sum)
}
