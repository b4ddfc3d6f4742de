package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) {}

func Sum[T int | float64](xs ...T) T { return 0 }

type Number interface{ ~int | ~float64 }

func main() {
	var s Stack[int]
	s.Push[int](1)     // ERROR "cannot index s.Push \(value of type func\(x int\)\)"
	fmt.Println[int]() // ERROR "cannot index fmt.Println \(value of type func\(a ...any\) \(n int, err error\)\)"
	_ = Sum[3](1)      // ERROR "3 is not a type"
	_ = Stack.Push     // ERROR "cannot use generic type Stack without instantiation"
	var c comparable   // ERROR "cannot use type comparable outside a type constraint: interface is \(or embeds\) comparable"
	var x any = 1
	switch x.(type) {
	case Number: // ERROR "cannot use type Number outside a type constraint: interface contains type constraints"
	}
	_ = c
}
