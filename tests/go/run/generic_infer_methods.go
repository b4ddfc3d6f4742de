package main

import "fmt"

// Since Go 1.21 a type argument's methods are unified with its
// constraint's methods, so E is inferred from N's Edges method.
type NodeC[E any] interface {
	Edges() []E
}

func Degree[N NodeC[E], E any](n N) (int, []E) {
	es := n.Edges()
	return len(es), es
}

type Getter[T any] interface{ Get() T }

func GetAll[G Getter[T], T any](gs ...G) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

type City struct{ roads []string }

func (c City) Edges() []string { return c.roads }

type Cell struct{ v float64 }

func (c Cell) Get() float64 { return c.v }

func main() {
	n, es := Degree(City{[]string{"north", "east"}})
	fmt.Println(n, es)
	vals := GetAll(Cell{1.5}, Cell{2})
	fmt.Printf("%v %T\n", vals, vals)
}
