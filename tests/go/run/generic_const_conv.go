package main

import "fmt"

// In generic code T(c) is not a constant, so expressions that would
// overflow or collide as constants for one instance are evaluated at run time.
func Shift[T ~int8 | ~int16](n int) T { return T(1) << 10 >> n }

func Cases[T ~int | ~int8](x T) string {
	switch x {
	case T(1):
		return "T(1)"
	case 1:
		return "1"
	}
	return "none"
}

func Wrap[T ~uint8 | ~uint16]() T { return T(255) + T(1) }

func Big[T ~float64]() T { return T(1e308) * T(10) / T(10) }

func Neg[T ~int8 | ~int]() T { return -T(-128) }

func Add[T ~float64 | ~float32]() T { return T(0.1) + T(0.2) }

func main() {
	fmt.Println(Shift[int8](0), Shift[int16](3))
	fmt.Println(Cases(1), Cases(int8(2)))
	fmt.Println(Wrap[uint8](), Wrap[uint16]())
	fmt.Println(Big[float64](), Neg[int8](), Neg[int](), Add[float64](), Add[float32]())
}
