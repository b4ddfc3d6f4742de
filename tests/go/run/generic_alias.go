package main

import "fmt"

type Pair[K comparable, V any] struct {
	K K
	V V
}

// Generic type aliases (Go 1.24).
type Set[T comparable] = map[T]struct{}

type StrPair[V any] = Pair[string, V]

type List[T any] = []T

func Add[T comparable](s Set[T], x T) { s[x] = struct{}{} }

func main() {
	s := Set[int]{}
	Add(s, 3)
	Add(s, 3)
	var m map[int]struct{} = s
	fmt.Println(len(s), len(m))
	p := StrPair[int]{"a", 1}
	var q Pair[string, int] = p
	fmt.Printf("%T %v %T\n", p, q, List[bool]{true})
}
