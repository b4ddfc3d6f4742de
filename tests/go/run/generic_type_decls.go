package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Len() int { return len(s.items) }
func (s Stack[T]) Top() T    { return s.items[len(s.items)-1] }

type Lenner interface{ Len() int }

var _ Lenner = (*Stack[int])(nil)

type IntStack = Stack[int] // alias of an instance

type OwnStack Stack[string] // defined type: no methods inherited

func (o OwnStack) Count() int { return len(o.items) }

type Inner[T any] struct{ vals []T }

func (in *Inner[T]) Put(v T) { in.vals = append(in.vals, v) }
func (in Inner[T]) First() T { return in.vals[0] }

type Outer[T any] struct {
	*Inner[T]
	Stack[T]
	name string
}

type Box[T comparable] struct {
	V    T
	Tags [2]string
}

type Box2[T comparable] struct {
	V    T
	Tags [2]string
}

func Make[T any](n int) ([]T, map[string]T, chan T, *T) {
	return make([]T, n), make(map[string]T, n), make(chan T, n), new(T)
}

func ArrLen[A ~[4]E, E any](a A) (int, E) { return len(a), a[3] }

type Quad [4]string

func IsT[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case []T:
		return "[]T"
	case *T:
		return "*T"
	}
	return "other"
}

func Funcs[T any](xs []T) []func() T {
	var out []func() T
	for _, x := range xs {
		out = append(out, func() T { return x })
	}
	for i := range xs {
		out = append(out, func() T { return xs[i] })
	}
	return out
}

func main() {
	var s IntStack
	s.Push(1)
	s.Push(2)
	fmt.Printf("%T %v %d %d\n", s, s, s.Len(), s.Top())
	var l Lenner = &s
	fmt.Println(l.Len())

	o := OwnStack{items: []string{"a", "b"}}
	fmt.Printf("%T %v %d\n", o, o, o.Count())
	back := Stack[string](o)
	back.Push("c")
	fmt.Println(back.Len(), back.Top())

	out := Outer[float64]{Inner: &Inner[float64]{}, name: "o"}
	out.Put(1.5)
	out.Push(2.5)
	out.Stack.Push(3.5)
	fmt.Println(out.First(), out.Len(), out.Top(), out.vals, out.items, out.name)
	var ln Lenner = &out
	fmt.Println(ln.Len())
	fmt.Printf("%T\n", out)

	b1 := Box[string]{"x", [2]string{"a", "b"}}
	b2 := Box[string]{"x", [2]string{"a", "b"}}
	b3 := Box[string]{V: "x"}
	fmt.Println(b1 == b2, b1 == b3, b1 != b3)
	b4 := Box2[string](b1)
	fmt.Printf("%T %+v\n", b4, b4)
	ba := Box[any]{V: 1}
	fmt.Println(ba == Box[any]{V: 1}, ba == Box[any]{V: 1.0})

	sl, m, ch, p := Make[int](3)
	fmt.Println(sl, len(m), cap(ch), *p)
	ss, ms, cs, ps := Make[string](0)
	fmt.Printf("%q %v %v %q\n", ss, ms, cap(cs), *ps)
	_, mb, _, pb := Make[Box[int]](1)
	mb["k"] = Box[int]{V: 3}
	fmt.Println(mb, *pb)

	fmt.Println(ArrLen(Quad{"a", "b", "c", "d"}))
	fmt.Println(ArrLen([4]int{1, 2, 3, 4}))

	fmt.Println(IsT[int](1), IsT[int]([]int{}), IsT[int](new(int)), IsT[int]("s"))
	fmt.Println(IsT[error](fmt.Errorf("e")), IsT[any](nil), IsT[string]("s"))

	for _, f := range Funcs([]string{"x", "y"}) {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
