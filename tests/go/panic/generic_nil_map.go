package main

import "fmt"

type Set[T comparable] struct{ m map[T]bool }

func (s *Set[T]) Add(x T) { s.m[x] = true }

func (s *Set[T]) Has(x T) bool { return s.m[x] }

func main() {
	var s Set[string]
	fmt.Println(s.Has("a"), len(s.m))
	s.Add("a")
	fmt.Println("unreachable")
}
