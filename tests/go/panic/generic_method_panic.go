package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) MustPop() T {
	if len(s.items) == 0 {
		panic(fmt.Sprintf("pop from empty %T", s))
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	var s Stack[float64]
	s.Push(1.5)
	fmt.Println(s.MustPop())
	fmt.Println(s.MustPop())
}
