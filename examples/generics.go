// Generics, the short tour: type parameters let one function or type work for many element
// types, checked at compile time.
//
//	burrow run examples/generics.go
//
// Burrow compiles generic code by instantiation: each distinct use (Map[int, string],
// Stack[float64]) becomes its own ordinary function or type, as if written out by hand.
package main

import (
	"fmt"
	"strings"
)

// Number is a constraint: the set of types T may be. The ~ admits any type whose
// underlying type is listed, such as Celsius below.
type Number interface {
	~int | ~int64 | ~float64
}

// Sum works for every Number; the call site usually leaves T to be inferred.
func Sum[T Number](xs ...T) T {
	var total T // the zero value of whatever T is
	for _, x := range xs {
		total += x
	}
	return total
}

// Map has two type parameters: the element types before and after.
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

// Stack is a generic type; its methods use the receiver's type parameter.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

// Pop returns the top item, or the zero value and false when the stack is empty.
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	top := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return top, true
}

// Pair holds two values of possibly different types; comparable keys can index maps.
type Pair[K comparable, V any] struct {
	Key K
	Val V
}

// Count tallies the items of any comparable type.
func Count[T comparable](xs []T) []Pair[T, int] {
	index := map[T]int{}
	var out []Pair[T, int]
	for _, x := range xs {
		i, seen := index[x]
		if !seen {
			i = len(out)
			index[x] = i
			out = append(out, Pair[T, int]{x, 0})
		}
		out[i].Val++
	}
	return out
}

type Celsius float64

func main() {
	fmt.Println("Sum of ints:    ", Sum(1, 2, 3, 4))
	fmt.Println("Sum of floats:  ", Sum(0.5, 0.25))
	fmt.Println("Sum of Celsius: ", Sum[Celsius](20.5, 1.5))

	words := strings.Fields("generic code is still plain code")
	lengths := Map(words, func(w string) int { return len(w) })
	fmt.Println("word lengths:   ", lengths)
	shout := Map(words, strings.ToUpper)
	fmt.Println("shouted:        ", strings.Join(shout, " "))

	var s Stack[string]
	for _, w := range words[:3] {
		s.Push(w)
	}
	for {
		w, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Println("popped:         ", w)
	}

	for _, p := range Count(strings.Split("a b a c b a", " ")) {
		fmt.Printf("count:           %s x%d\n", p.Key, p.Val)
	}
	// Each instance is a distinct type with its own name.
	fmt.Printf("types:           %T, %T\n", &s, Pair[string, int]{})
}
