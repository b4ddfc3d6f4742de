package main

import (
	"fmt"
	"sort"
	"strings"
)

type Set[T comparable] map[T]struct{}

func SetOf[T comparable](xs ...T) Set[T] {
	s := make(Set[T])
	for _, x := range xs {
		s.Add(x)
	}
	return s
}

func (s Set[T]) Add(x T)      { s[x] = struct{}{} }
func (s Set[T]) Has(x T) bool { _, ok := s[x]; return ok }
func (s Set[T]) Len() int     { return len(s) }
func (s Set[T]) Remove(x T)   { delete(s, x) }
func (s Set[T]) Union(o Set[T]) Set[T] {
	r := make(Set[T], len(s)+len(o))
	for k := range s {
		r.Add(k)
	}
	for k := range o {
		r.Add(k)
	}
	return r
}
func (s Set[T]) Intersect(o Set[T]) Set[T] {
	r := Set[T]{}
	for k := range s {
		if o.Has(k) {
			r.Add(k)
		}
	}
	return r
}

// MultiMap holds another generic instance as its value type.
type MultiMap[K comparable, V any] struct {
	m     map[K][]V
	order []K
}

func NewMultiMap[K comparable, V any]() *MultiMap[K, V] {
	return &MultiMap[K, V]{m: map[K][]V{}}
}

func (mm *MultiMap[K, V]) Put(k K, v V) {
	if _, ok := mm.m[k]; !ok {
		mm.order = append(mm.order, k)
	}
	mm.m[k] = append(mm.m[k], v)
}

func (mm *MultiMap[K, V]) Get(k K) []V { return mm.m[k] }

func (mm *MultiMap[K, V]) Each(f func(K, []V)) {
	for _, k := range mm.order {
		f(k, mm.m[k])
	}
}

type point struct{ x, y int }

func SortedStrings[T comparable](s Set[T]) []string {
	var out []string
	for k := range s {
		out = append(out, fmt.Sprint(k))
	}
	sort.Strings(out)
	return out
}

func main() {
	s := SetOf(1, 2, 3, 2, 1)
	fmt.Println(s.Len(), s.Has(2), s.Has(5))
	s.Remove(2)
	fmt.Println(s.Len(), s.Has(2))
	fmt.Println(s)
	u := s.Union(SetOf(10, 3))
	fmt.Println(u.Len(), SortedStrings(u))
	fmt.Println(SortedStrings(u.Intersect(SetOf(1, 10, 11))))
	fmt.Printf("%T\n", u)

	words := SetOf(strings.Fields("the cat and the hat and the bat")...)
	fmt.Println(words.Len(), SortedStrings(words))

	pts := SetOf(point{1, 2}, point{1, 2}, point{2, 1})
	fmt.Println(pts.Len(), pts.Has(point{2, 1}))

	var ifs = Set[any]{}
	ifs.Add(1)
	ifs.Add("1")
	ifs.Add(1)
	ifs.Add(1.0)
	fmt.Println(ifs.Len())

	arr := SetOf([2]int{1, 2}, [2]int{1, 2})
	fmt.Println(arr.Len(), arr)

	mm := NewMultiMap[string, int]()
	mm.Put("b", 1)
	mm.Put("a", 2)
	mm.Put("b", 3)
	mm.Each(func(k string, vs []int) { fmt.Println(k, vs, len(vs)) })
	fmt.Println(mm.Get("b"), mm.Get("zz") == nil)
	fmt.Printf("%T %T\n", mm, mm.m)

	groups := NewMultiMap[int, Set[string]]()
	for i, w := range []string{"aa", "b", "cc", "d", "eee"} {
		groups.Put(len(w), SetOf(w, fmt.Sprint(i)))
	}
	groups.Each(func(k int, vs []Set[string]) {
		fmt.Print(k, ":")
		for _, v := range vs {
			fmt.Print(" ", SortedStrings(v))
		}
		fmt.Println()
	})
	fmt.Printf("%T\n", groups.Get(1))
}
