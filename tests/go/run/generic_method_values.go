package main

import (
	"fmt"
	"strings"
)

type Buf struct{ parts []string }

func (b *Buf) Add[T any](xs ...T) *Buf {
	for _, x := range xs {
		b.parts = append(b.parts, fmt.Sprint(x))
	}
	return b
}

func (b Buf) String() string { return strings.Join(b.parts, ",") }

type Opt[T any] struct {
	v  T
	ok bool
}

func (o Opt[T]) Map[U any](f func(T) U) Opt[U] {
	if !o.ok {
		return Opt[U]{}
	}
	return Opt[U]{f(o.v), true}
}

func (o *Opt[T]) Set(v T) { o.v, o.ok = v, true }

func (o Opt[T]) Or(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

func main() {
	var b Buf
	b.Add(1, 2).Add("x").Add[float64](2.5)
	fmt.Println(b.String())
	var o Opt[int]
	fmt.Println(o.Map(func(i int) string { return "s" }).Or("none"))
	o.Set(21)
	m := o.Map(func(i int) float64 { return float64(i) * 2 })
	fmt.Printf("%v %T\n", m.Or(0), m)
	f := o.Map[bool]
	fmt.Println(f(func(i int) bool { return i > 20 }).Or(false))
	var s fmt.Stringer = b
	fmt.Println(s)
}
