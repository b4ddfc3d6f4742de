package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

// A receiver type parameter the method does not use may be blank.
func (s *Stack[_]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (p Pair[K, _]) Key() K       { return p.k }
func (p Pair[_, _]) Name() string { return "pair" }

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Len())
	p := Pair[string, float64]{"k", 1}
	fmt.Println(p.Key(), p.Name())
}
