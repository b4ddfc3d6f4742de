package main

import (
	"fmt"
	"strings"
)

// F-bounded constraints: T must have methods that mention T itself.
type Lesser[T any] interface {
	Less(T) bool
}

func SortF[T Lesser[T]](xs []T) {
	for i := 1; i < len(xs); i++ {
		for j := i; j > 0 && xs[j].Less(xs[j-1]); j-- {
			xs[j], xs[j-1] = xs[j-1], xs[j]
		}
	}
}

func MinF[T Lesser[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Less(m) {
			m = x
		}
	}
	return m
}

type Version struct{ Major, Minor int }

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	return v.Minor < o.Minor
}

type Word string

func (w Word) Less(o Word) bool { return strings.ToLower(string(w)) < strings.ToLower(string(o)) }

type Cloner[T any] interface {
	Clone() T
}

func CloneAll[T Cloner[T]](xs []T) []T {
	out := make([]T, len(xs))
	for i, x := range xs {
		out[i] = x.Clone()
	}
	return out
}

type Doc struct {
	Title string
	Tags  []string
}

func (d *Doc) Clone() *Doc {
	c := *d
	c.Tags = append([]string(nil), d.Tags...)
	return &c
}

// A graph whose nodes and edges name each other through the constraints.
type NodeC[E any] interface {
	Edges() []E
}
type EdgeC[N any] interface {
	To() N
}

func Reach[N NodeC[E], E EdgeC[N]](start N, depth int) []N {
	out := []N{start}
	if depth == 0 {
		return out
	}
	for _, e := range start.Edges() {
		out = append(out, Reach[N, E](e.To(), depth-1)...)
	}
	return out
}

type City struct {
	name  string
	roads []*Road
}
type Road struct{ to *City }

func (c *City) Edges() []*Road { return c.roads }
func (r *Road) To() *City      { return r.to }

func main() {
	vs := []Version{{1, 10}, {1, 2}, {0, 9}, {2, 0}}
	SortF(vs)
	fmt.Println(vs, MinF(Version{3, 1}, Version{3, 0}))
	ws := []Word{"banana", "Apple", "cherry", "apple2"}
	SortF(ws)
	fmt.Println(ws, MinF[Word]("b", "A"))

	docs := []*Doc{{"a", []string{"x"}}, {"b", nil}}
	cl := CloneAll(docs)
	cl[0].Tags[0] = "changed"
	cl[1].Title = "B"
	fmt.Println(docs[0].Tags, cl[0].Tags, docs[1].Title, cl[1].Title)

	a, b, c := &City{name: "a"}, &City{name: "b"}, &City{name: "c"}
	a.roads = []*Road{{b}, {c}}
	b.roads = []*Road{{c}}
	c.roads = []*Road{{a}}
	var names []string
	for _, n := range Reach[*City, *Road](a, 3) {
		names = append(names, n.name)
	}
	fmt.Println(strings.Join(names, ""))
}
