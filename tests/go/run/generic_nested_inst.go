package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() T {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}
func (s Stack[T]) Len() int { return len(s.items) }

// Map[K, []V] and friends: generic types containing other instances.
type Index[K comparable, V any] struct {
	byKey map[K][]V
	hist  Stack[Pair[K, V]]
}

func NewIndex[K comparable, V any]() *Index[K, V] {
	return &Index[K, V]{byKey: make(map[K][]V)}
}

func (ix *Index[K, V]) Add(k K, v V) {
	ix.byKey[k] = append(ix.byKey[k], v)
	ix.hist.Push(Pair[K, V]{k, v})
}

func (ix *Index[K, V]) Undo() Pair[K, V] {
	p := ix.hist.Pop()
	vs := ix.byKey[p.Key]
	ix.byKey[p.Key] = vs[:len(vs)-1]
	if len(ix.byKey[p.Key]) == 0 {
		delete(ix.byKey, p.Key)
	}
	return p
}

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, Pair[K, V]{k, v})
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

// Transitive instantiation: F[T] uses G[[]T] uses H[map[string][]T].
func F[T any](x T) string { return G([]T{x, x}) }
func G[T any](xs T) string {
	return H(map[string]T{"k": xs})
}
func H[T any](m T) string { return fmt.Sprintf("%T=%v", m, m) }

func GroupBy[T any, K comparable](xs []T, key func(T) K) map[K][]T {
	out := map[K][]T{}
	for _, x := range xs {
		k := key(x)
		out[k] = append(out[k], x)
	}
	return out
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }
func None[T any]() Opt[T]    { return Opt[T]{} }
func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func Find[T any](xs []T, pred func(T) bool) Opt[T] {
	for _, x := range xs {
		if pred(x) {
			return Some(x)
		}
	}
	return None[T]()
}

func main() {
	ix := NewIndex[string, int]()
	ix.Add("a", 1)
	ix.Add("b", 2)
	ix.Add("a", 3)
	fmt.Println(ix.byKey, ix.hist.Len())
	fmt.Printf("%+v\n", ix.Undo())
	fmt.Println(ix.byKey)
	ix.Undo()
	fmt.Println(ix.byKey, ix.hist.Len())
	fmt.Printf("%T %T\n", ix.hist, ix.byKey)

	var st Stack[Pair[string, int]]
	st.Push(Pair[string, int]{"x", 1})
	st.Push(Pair[string, int]{Key: "y"})
	fmt.Printf("%v %T\n", st, st)
	top := st.Pop()
	fmt.Printf("%+v %v\n", top, st)

	es := Entries(map[string]float64{"b": 2, "a": 1, "c": 3}, func(a, b string) bool { return a < b })
	fmt.Printf("%v\n%T\n", es, es)
	ei := Entries(map[int][]string{2: {"two"}, 1: {"one", "uno"}}, func(a, b int) bool { return a > b })
	fmt.Printf("%+v\n", ei)

	fmt.Println(F(1))
	fmt.Println(F("s"))
	fmt.Println(F(Pair[int, bool]{1, true}))

	g := GroupBy(strings.Fields("apple avocado banana blueberry cherry"), func(s string) byte { return s[0] })
	for _, e := range Entries(g, func(a, b byte) bool { return a < b }) {
		fmt.Println(string(e.Key), e.Val)
	}
	byLen := GroupBy([]Pair[string, int]{{"a", 1}, {"bb", 2}, {"c", 3}}, func(p Pair[string, int]) int { return len(p.Key) })
	fmt.Println(byLen[1], byLen[2])
	fmt.Printf("%T\n", byLen)

	o := Find([]int{1, 4, 9}, func(i int) bool { return i > 3 })
	fmt.Println(o, o.OrElse(-1))
	o2 := Find([]string{"a"}, func(s string) bool { return s == "z" })
	fmt.Printf("%q %v\n", o2.OrElse("default"), o2)
	op := Find([]*Pair[int, int]{{1, 2}}, func(p *Pair[int, int]) bool { return true })
	fmt.Println(op.OrElse(nil).Val)
	oo := Some(Some(Some(3)))
	fmt.Printf("%T %v\n", oo, oo.OrElse(None[Opt[int]]()).OrElse(None[int]()).OrElse(0))
	stacks := map[string]*Stack[Opt[float64]]{}
	stacks["s"] = &Stack[Opt[float64]]{}
	stacks["s"].Push(Some(1.5))
	stacks["s"].Push(None[float64]())
	fmt.Println(stacks["s"].Pop().OrElse(9), stacks["s"].Pop().OrElse(9), stacks["s"].Len())
}
