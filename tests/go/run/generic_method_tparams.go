package main

import "fmt"

// Methods with their own type parameters (accepted by go 1.27).
type S struct{ name string }

func (s S) Conv[T any](x T) string { return fmt.Sprintf("%s:%v(%T)", s.name, x, x) }

type List[T any] struct{ xs []T }

func (l List[T]) Map[U any](f func(T) U) List[U] {
	var out List[U]
	for _, x := range l.xs {
		out.xs = append(out.xs, f(x))
	}
	return out
}

func main() {
	s := S{"s"}
	fmt.Println(s.Conv(1), s.Conv[string]("x"))
	l := List[int]{[]int{1, 2}}
	fmt.Println(l.Map(func(i int) string { return fmt.Sprint(i * 10) }).xs)
	fmt.Printf("%T\n", l.Map[float64])
}
