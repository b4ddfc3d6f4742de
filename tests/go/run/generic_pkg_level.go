package main

import (
	"fmt"
	"strings"
)

// Package-level variables initialised through generic code, declared
// before the generic types and functions they use.
var (
	registry = NewRegistry[string, Handler]()
	defaults = MapOf(Pair[string, int]{"retries", 3}, Pair[string, int]{"timeout", 30})
	total    = Sum(values...)
	values   = []float64{1.5, 2.5, 4}
	names    = Keys(defaults)
	evenTree = Even[int]{Val: 0, Next: &Odd[int]{Val: 1, Next: &Even[int]{Val: 2}}}
)

// Methods declared before their type.
func (r *Registry[K, V]) Register(k K, v V) *Registry[K, V] {
	r.order = append(r.order, k)
	r.m[k] = v
	return r
}

func (r *Registry[K, V]) Each(f func(K, V)) {
	for _, k := range r.order {
		f(k, r.m[k])
	}
}

type Registry[K comparable, V any] struct {
	m     map[K]V
	order []K
}

func NewRegistry[K comparable, V any]() *Registry[K, V] {
	return &Registry[K, V]{m: make(map[K]V)}
}

type Handler func(string) string

type Pair[K comparable, V any] struct {
	K K
	V V
}

func MapOf[K comparable, V any](ps ...Pair[K, V]) map[K]V {
	m := make(map[K]V, len(ps))
	for _, p := range ps {
		m[p.K] = p.V
	}
	return m
}

func Keys[K comparable, V any](m map[K]V) []K {
	out := make([]K, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Sum[T ~float64 | ~int](xs ...T) (s T) {
	for _, x := range xs {
		s += x
	}
	return
}

// Mutually recursive generic types.
type Even[T any] struct {
	Val  T
	Next *Odd[T]
}

type Odd[T any] struct {
	Val  T
	Next *Even[T]
}

func (e *Even[T]) Len() int {
	if e == nil {
		return 0
	}
	return 1 + e.Next.Len()
}

func (o *Odd[T]) Len() int {
	if o == nil {
		return 0
	}
	return 1 + o.Next.Len()
}

var initOrder []string

func init() {
	registry.Register("upper", strings.ToUpper).Register("lower", strings.ToLower)
	initOrder = append(initOrder, fmt.Sprint("init1:", len(registry.order)))
}

func init() {
	registry.Register("title", func(s string) string { return strings.ToUpper(s[:1]) + s[1:] })
	initOrder = append(initOrder, fmt.Sprint("init2:", len(registry.order)))
}

func main() {
	fmt.Println(initOrder)
	registry.Each(func(k string, h Handler) { fmt.Println(k, h("hello World")) })
	fmt.Println(defaults, len(names), total)
	fmt.Println(evenTree.Len(), evenTree.Next.Len(), evenTree.Next.Next.Val)
	fmt.Printf("%T %T\n", evenTree, evenTree.Next)
	fmt.Printf("%T %T\n", registry, defaults)
}
