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

type named string

func main() {
	_ = Sum("a", "b")      // ERROR "string does not satisfy Number \(string missing in ~int \| ~float64\)"
	_ = Sum([]named{}...)  // ERROR "named does not satisfy Number \(named missing in ~int \| ~float64\)"
	_ = Show(3)            // ERROR "int does not satisfy fmt.Stringer \(missing method String\)"
	_ = Eq([]int{}, nil)   // ERROR "\[\]int does not satisfy comparable"
	_ = Eq(func() {}, nil) // ERROR "func\(\) does not satisfy comparable"
	fmt.Println()
}
