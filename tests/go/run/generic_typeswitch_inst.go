package main

import "fmt"

type Box[T any] struct{ V T }

type Getter[T any] interface{ Get() T }

func (b Box[T]) Get() T { return b.V }

type Named int

func (n Named) Get() string { return fmt.Sprint("named", int(n)) }

func Classify[K comparable, V any](x any) string {
	switch v := x.(type) {
	case Box[K]:
		return fmt.Sprint("Box[K] ", v.V)
	case Box[V]:
		return fmt.Sprint("Box[V] ", v.V)
	case *Box[K]:
		return fmt.Sprint("*Box[K] ", v.V)
	case map[K]V:
		return fmt.Sprint("map[K]V len ", len(v))
	case []Box[V]:
		return fmt.Sprint("[]Box[V] len ", len(v))
	case Getter[V]:
		return fmt.Sprint("Getter[V] ", v.Get())
	case func(K) V:
		return fmt.Sprint("func(K) V ", v)
	}
	return fmt.Sprintf("other %T", x)
}

func main() {
	fmt.Println(Classify[string, int](Box[string]{"k"}))
	fmt.Println(Classify[string, int](Box[int]{5}))
	fmt.Println(Classify[string, int](&Box[string]{"p"}))
	fmt.Println(Classify[string, int](map[string]int{"a": 1}))
	fmt.Println(Classify[string, int]([]Box[int]{{1}, {2}}))
	fmt.Println(Classify[int, string](Named(3)))
	fmt.Println(Classify[int, string](Box[float64]{1}))
	fmt.Println(Classify[string, int](func(string) int { return 0 }) != "")
	fmt.Println(Classify[int, int](Box[int]{9}))
	g, ok := any(Box[bool]{true}).(Getter[bool])
	fmt.Println(g.Get(), ok)
	_, ok = any(Box[bool]{true}).(Getter[int])
	fmt.Println(ok)
}
