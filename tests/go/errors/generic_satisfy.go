package main

import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Show[T fmt.Stringer](x T) string { return x.String() }

func Eq[T comparable](a, b T) bool { return a == b }

type Set[T comparable] map[T]bool

type Num[T Number] struct{ v T }

type named string

type withString int

func (withString) String() string { return "w" }

func main() {
	_ = Sum(1, 2)
	_ = Sum[withString](1)
	_ = Sum[uint](1) // ERROR "uint does not satisfy Number \(uint missing in ~int \| ~float64\)"
	_ = Show(withString(1))
	_ = Show[named]("x")    // ERROR "named does not satisfy fmt.Stringer \(missing method String\)"
	_ = Eq[[]int](nil, nil) // ERROR "\[\]int does not satisfy comparable"
	_ = Eq[any](1, "1")
	var s Set[[]int]          // ERROR "\[\]int does not satisfy comparable"
	var m Set[map[string]int] // ERROR "map\[string\]int does not satisfy comparable"
	var n Num[string]         // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	_, _, _ = s, m, n
}
