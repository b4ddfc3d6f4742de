package main

import (
	"fmt"
	"strings"
)

// Minimal generic stand-ins for container/heap and container/list.
type heapIface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
	Push(x any)
	Pop() any
}

type heapOps[H heapIface] struct{}

func (heapOps[H]) down(h H, i, n int) {
	for {
		l := 2*i + 1
		if l >= n {
			return
		}
		j := l
		if r := l + 1; r < n && h.Less(r, l) {
			j = r
		}
		if !h.Less(j, i) {
			return
		}
		h.Swap(i, j)
		i = j
	}
}

func (heapOps[H]) up(h H, j int) {
	for j > 0 {
		i := (j - 1) / 2
		if !h.Less(j, i) {
			return
		}
		h.Swap(i, j)
		j = i
	}
}

type heapPkg struct{}

var heap heapPkg

func (heapPkg) Init(h heapIface) {
	n := h.Len()
	for i := n/2 - 1; i >= 0; i-- {
		heapOps[heapIface]{}.down(h, i, n)
	}
}

func (heapPkg) Push(h heapIface, x any) {
	h.Push(x)
	heapOps[heapIface]{}.up(h, h.Len()-1)
}

func (heapPkg) Pop(h heapIface) any {
	n := h.Len() - 1
	h.Swap(0, n)
	heapOps[heapIface]{}.down(h, 0, n)
	return h.Pop()
}

type Element[T any] struct {
	next, prev *Element[T]
	Value      T
}

func (e *Element[T]) Next() *Element[T] {
	if e.next.next == nil {
		return nil
	}
	return e.next
}

type List[T any] struct {
	root Element[T] // root.next is the front; a sentinel with next == nil ends the list
	n    int
}

func NewList[T any]() *List[T] { return (&List[T]{}).init() }

func (l *List[T]) init() *List[T] {
	end := &Element[T]{}
	l.root.next = end
	end.prev = &l.root
	return l
}

func (l *List[T]) Len() int { return l.n }

func (l *List[T]) Front() *Element[T] {
	if l.n == 0 {
		return nil
	}
	return l.root.next
}

func (l *List[T]) Back() *Element[T] {
	if l.n == 0 {
		return nil
	}
	e := l.root.next
	for e.next.next != nil {
		e = e.next
	}
	return e
}

func (l *List[T]) insertFront(e *Element[T]) {
	e.prev = &l.root
	e.next = l.root.next
	l.root.next.prev = e
	l.root.next = e
	l.n++
}

func (l *List[T]) PushFront(v T) *Element[T] {
	e := &Element[T]{Value: v}
	l.insertFront(e)
	return e
}

func (l *List[T]) Remove(e *Element[T]) T {
	e.prev.next = e.next
	e.next.prev = e.prev
	l.n--
	return e.Value
}

func (l *List[T]) MoveToFront(e *Element[T]) {
	l.Remove(e)
	l.insertFront(e)
}

// A generic priority queue on top of container/heap.
type PQ[T any] struct {
	items []T
	less  func(a, b T) bool
}

func (q *PQ[T]) Len() int           { return len(q.items) }
func (q *PQ[T]) Less(i, j int) bool { return q.less(q.items[i], q.items[j]) }
func (q *PQ[T]) Swap(i, j int)      { q.items[i], q.items[j] = q.items[j], q.items[i] }
func (q *PQ[T]) Push(x any)         { q.items = append(q.items, x.(T)) }
func (q *PQ[T]) Pop() any {
	n := len(q.items)
	x := q.items[n-1]
	q.items = q.items[:n-1]
	return x
}

func NewPQ[T any](less func(a, b T) bool, xs ...T) *PQ[T] {
	q := &PQ[T]{items: append([]T(nil), xs...), less: less}
	heap.Init(q)
	return q
}

func (q *PQ[T]) PushT(x T) { heap.Push(q, x) }
func (q *PQ[T]) PopT() T   { return heap.Pop(q).(T) }

// A generic LRU cache on top of container/list.
type entry[K comparable, V any] struct {
	key K
	val V
}

type LRU[K comparable, V any] struct {
	cap   int
	ll    *List[*entry[K, V]]
	items map[K]*Element[*entry[K, V]]
	evict func(K, V)
}

func NewLRU[K comparable, V any](n int, evict func(K, V)) *LRU[K, V] {
	return &LRU[K, V]{cap: n, ll: NewList[*entry[K, V]](), items: map[K]*Element[*entry[K, V]]{}, evict: evict}
}

func (c *LRU[K, V]) Get(k K) (V, bool) {
	if e, ok := c.items[k]; ok {
		c.ll.MoveToFront(e)
		return e.Value.val, true
	}
	var zero V
	return zero, false
}

func (c *LRU[K, V]) Put(k K, v V) {
	if e, ok := c.items[k]; ok {
		e.Value.val = v
		c.ll.MoveToFront(e)
		return
	}
	c.items[k] = c.ll.PushFront(&entry[K, V]{k, v})
	if c.ll.Len() > c.cap {
		last := c.ll.Back()
		en := c.ll.Remove(last)
		delete(c.items, en.key)
		if c.evict != nil {
			c.evict(en.key, en.val)
		}
	}
}

func (c *LRU[K, V]) Keys() []K {
	var out []K
	for e := c.ll.Front(); e != nil; e = e.Next() {
		out = append(out, e.Value.key)
	}
	return out
}

type task struct {
	name string
	pri  int
}

func main() {
	q := NewPQ(func(a, b int) bool { return a < b }, 5, 3, 8, 1)
	q.PushT(4)
	q.PushT(0)
	for q.Len() > 0 {
		fmt.Print(q.PopT(), " ")
	}
	fmt.Println()

	tq := NewPQ(func(a, b task) bool {
		if a.pri != b.pri {
			return a.pri > b.pri
		}
		return a.name < b.name
	})
	for i, w := range strings.Fields("write test fix ship review plan") {
		tq.PushT(task{w, i % 3})
	}
	for tq.Len() > 0 {
		t := tq.PopT()
		fmt.Printf("%s(%d) ", t.name, t.pri)
	}
	fmt.Println()

	sq := NewPQ(func(a, b string) bool { return len(a) < len(b) || len(a) == len(b) && a < b })
	for i := 0; i < 1000; i++ {
		sq.PushT(fmt.Sprint(i * 7919 % 1000))
	}
	var first []string
	for i := 0; i < 12; i++ {
		first = append(first, sq.PopT())
	}
	fmt.Println(first, sq.Len())

	var evicted []string
	c := NewLRU[string, int](3, func(k string, v int) { evicted = append(evicted, fmt.Sprint(k, "=", v)) })
	c.Put("a", 1)
	c.Put("b", 2)
	c.Put("c", 3)
	c.Get("a")
	c.Put("d", 4)
	c.Put("b", 20)
	c.Put("e", 5)
	fmt.Println(c.Keys(), evicted)
	v, ok := c.Get("b")
	fmt.Println(v, ok)
	v, ok = c.Get("c")
	fmt.Println(v, ok)

	big := NewLRU[int, []byte](100, nil)
	for i := 0; i < 20000; i++ {
		big.Put(i%150, make([]byte, 64))
	}
	fmt.Println(big.ll.Len(), len(big.items), big.Keys()[:5])
	fmt.Printf("%T %T\n", big, q)
}
