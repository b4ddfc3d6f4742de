package main

import (
	"fmt"
	"sort"
)

type Container[T any] interface {
	Put(T)
	Items() []T
	Len() int
}

type Shape interface {
	Area() float64
	Name() string
}

type SliceBox[T any] struct{ xs []T }

func (b *SliceBox[T]) Put(x T)    { b.xs = append(b.xs, x) }
func (b *SliceBox[T]) Items() []T { return b.xs }
func (b *SliceBox[T]) Len() int   { return len(b.xs) }

type UniqBox[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (b *UniqBox[T]) Put(x T) {
	if b.seen == nil {
		b.seen = map[T]bool{}
	}
	if !b.seen[x] {
		b.seen[x] = true
		b.xs = append(b.xs, x)
	}
}
func (b *UniqBox[T]) Items() []T { return b.xs }
func (b *UniqBox[T]) Len() int   { return len(b.xs) }

func Fill[T any](c Container[T], xs ...T) Container[T] {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

type Square[T ~float64 | ~int] struct{ side T }

func (s Square[T]) Area() float64 { return float64(s.side * s.side) }
func (s Square[T]) Name() string  { return fmt.Sprintf("square(%v)", s.side) }

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Lenner interface{ Len() int }

// Embedding an instance promotes its methods.
type Named[T any] struct {
	SliceBox[T]
	Title string
}

type Wrapper struct {
	*UniqBox[string]
	n int
}

func TotalArea[S Shape](shapes []S) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

type Getter[T any] interface{ Get() T }

type constant[T any] struct{ v T }

func (c constant[T]) Get() T { return c.v }

func GetAll[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func main() {
	var c Container[int] = &SliceBox[int]{}
	Fill(c, 3, 1, 3, 2)
	fmt.Println(c.Items(), c.Len())
	u := Fill[int](&UniqBox[int]{}, 3, 1, 3, 2)
	fmt.Println(u.Items(), u.Len())
	fmt.Printf("%T %T\n", c, u)

	boxes := []any{&SliceBox[string]{}, &UniqBox[string]{}, SliceBox[int]{}, Square[int]{2}, Rect{1, 2}, constant[bool]{true}}
	for _, b := range boxes {
		switch v := b.(type) {
		case Container[string]:
			Fill(v, "a", "a")
			fmt.Printf("%T container[string] %v\n", v, v.Items())
		case Shape:
			fmt.Printf("%T shape %s %.1f\n", v, v.Name(), v.Area())
		case Getter[bool]:
			fmt.Printf("%T getter %v\n", v, v.Get())
		default:
			fmt.Printf("%T other\n", v)
		}
	}
	if sb, ok := boxes[0].(*SliceBox[string]); ok {
		fmt.Println("asserted back:", sb.xs)
	}
	_, ok := boxes[0].(*SliceBox[int])
	fmt.Println("wrong instance:", ok)
	_, ok = boxes[2].(Lenner)
	fmt.Println("value SliceBox is Lenner:", ok)
	_, ok = boxes[1].(Lenner)
	fmt.Println("*UniqBox is Lenner:", ok)

	shapes := []Shape{Square[int]{3}, Square[float64]{1.5}, Rect{2, 2}}
	sort.Slice(shapes, func(i, j int) bool { return shapes[i].Area() < shapes[j].Area() })
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(TotalArea(shapes), TotalArea([]Square[int]{{1}, {2}}))

	n := Named[float64]{Title: "floats"}
	n.Put(1.5)
	n.Put(2.5)
	fmt.Println(n.Title, n.Items(), n.Len())
	var l Lenner = &n
	fmt.Println(l.Len())
	fmt.Printf("%T %+v\n", n, n)

	w := Wrapper{UniqBox: &UniqBox[string]{}}
	w.Put("x")
	w.Put("x")
	w.Put("y")
	fmt.Println(w.Len(), w.Items())
	var cs Container[string] = w
	fmt.Println(cs.Len())

	fmt.Println(GetAll[int](constant[int]{1}, constant[int]{2}))
	var g Getter[string] = constant[string]{"hi"}
	fmt.Println(g.Get())
	fmt.Printf("%T %v\n", g, g)

	m := map[Shape]int{Square[int]{1}: 1, Rect{1, 1}: 2}
	fmt.Println(m[Square[int]{1}], m[Square[float64]{1}], m[Rect{1, 1}])
	var e1, e2 any = Square[int]{1}, Square[int]{1}
	fmt.Println(e1 == e2, e1 == any(Square[float64]{1}))
}
