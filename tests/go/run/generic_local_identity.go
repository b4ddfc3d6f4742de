package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Kind() string { return fmt.Sprintf("%v", b.V) }

func f() any {
	type T int
	return Box[T]{1}
}

func g() any {
	type T int
	return Box[T]{1}
}

func isF(x any) bool {
	type T int
	_, ok := x.(Box[T])
	return ok
}

func main() {
	a, b := f(), g()
	fmt.Println(a == b, a == f(), isF(a), isF(b))
	m := map[any]int{a: 1, b: 2}
	fmt.Println(len(m))
	fmt.Println(a.(interface{ Kind() string }).Kind())
}
