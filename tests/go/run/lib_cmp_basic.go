package main

import (
	"cmp"
	"fmt"
	"math"
)

type Celsius float64
type Name string
type ID uint8

func sign(c int) string {
	switch {
	case c < 0:
		return "<"
	case c > 0:
		return ">"
	}
	return "="
}

func main() {
	ints := []int{-3, 0, 7, 7, math.MaxInt, math.MinInt}
	for _, a := range ints {
		for _, b := range ints {
			fmt.Print(sign(cmp.Compare(a, b)), cmp.Less(a, b), " ")
		}
		fmt.Println()
	}

	nan := math.NaN()
	inf := math.Inf(1)
	negZero := math.Copysign(0, -1)
	floats := []float64{nan, -inf, -1.5, negZero, 0, 2.25, inf, math.NaN()}
	for _, a := range floats {
		for _, b := range floats {
			fmt.Print(sign(cmp.Compare(a, b)))
			if cmp.Less(a, b) {
				fmt.Print("L")
			} else {
				fmt.Print(".")
			}
			fmt.Print(" ")
		}
		fmt.Println()
	}

	f32 := []float32{float32(nan), 1, -1}
	for _, a := range f32 {
		for _, b := range f32 {
			fmt.Print(cmp.Compare(a, b), cmp.Less(a, b), ";")
		}
	}
	fmt.Println()

	strs := []string{"", "a", "ab", "b", "B", "é", "\xff"}
	for _, a := range strs {
		for _, b := range strs {
			fmt.Print(cmp.Compare(a, b), " ")
		}
		fmt.Println(cmp.Less(a, "b"))
	}

	fmt.Println(cmp.Compare(Celsius(20.5), Celsius(-3)), cmp.Less(Celsius(1), 2))
	fmt.Println(cmp.Compare(Name("bob"), "alice"), cmp.Compare[Name]("x", "y"))
	fmt.Println(cmp.Compare(ID(200), ID(3)), cmp.Less[ID](255, 0))
	fmt.Println(cmp.Compare[int8](-128, 127), cmp.Compare(uint64(math.MaxUint64), 1))
	fmt.Println(cmp.Compare(uintptr(5), 5), cmp.Compare[int16](3, 3), cmp.Compare(int32(-1), 0))
	fmt.Println(cmp.Compare('a', 'b'), cmp.Compare(1.5, 1), cmp.Compare(2, 1.0))

	// Or: the first non-zero argument.
	fmt.Println(cmp.Or(0, 0, 3, 4), cmp.Or[int](), cmp.Or("", "x", "y"), cmp.Or("", ""))
	fmt.Printf("%q %v %v\n", cmp.Or(Name(""), Name("def")), cmp.Or(false, true), cmp.Or(0.0, -0.5))
	type point struct{ X, Y int }
	fmt.Println(cmp.Or(point{}, point{0, 2}, point{3, 4}))
	var p1, p2 *int
	x := 5
	fmt.Println(cmp.Or(p1, p2) == nil, *cmp.Or(p1, &x, p2))
	var e1 error
	fmt.Println(cmp.Or(e1, fmt.Errorf("boom"), nil))
	// Or as a multi-key comparison.
	type person struct {
		name string
		age  int
	}
	people := []person{{"ann", 30}, {"bob", 25}, {"ann", 22}, {"bob", 25}}
	for _, a := range people {
		for _, b := range people {
			c := cmp.Or(cmp.Compare(a.name, b.name), cmp.Compare(a.age, b.age))
			fmt.Print(c, " ")
		}
		fmt.Println()
	}
	// An explicit instance as a function value.
	f := cmp.Compare[string]
	g := cmp.Less[float64]
	fmt.Println(f("x", "w"), g(nan, -inf), g(-inf, nan), g(nan, nan))
}
