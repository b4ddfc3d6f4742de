package main

import "fmt"

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(x T) { s[x] = struct{}{} }

func main() {
	s := Set[any]{}
	s.Add(1)
	s.Add("one")
	fmt.Println(len(s))
	s.Add([]int{1})
	fmt.Println("unreachable")
}
