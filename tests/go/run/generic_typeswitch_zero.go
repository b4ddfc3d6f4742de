package main

import (
	"errors"
	"fmt"
)

func Describe[T any](x T) string {
	switch v := any(x).(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v)
	case string:
		return fmt.Sprintf("string %q (len %d)", v, len(v))
	case []T:
		return fmt.Sprintf("slice of T, len %d", len(v))
	case error:
		return "error: " + v.Error()
	case fmt.Stringer:
		return "stringer: " + v.String()
	case func() T:
		return "thunk"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func Kind[T any]() string {
	var zero T
	switch any(zero).(type) {
	case int, int8, int16, int32, int64:
		return "signed"
	case uint, uint8, uint16, uint32, uint64:
		return "unsigned"
	case float32, float64:
		return "float"
	case string:
		return "string"
	case nil:
		return "interface or nil-able"
	}
	return fmt.Sprintf("%T", zero)
}

func Zero[T any]() T {
	var zero T
	return zero
}

func IsZero[T comparable](x T) bool {
	var zero T
	return x == zero
}

func As[T any](x any) (T, bool) {
	v, ok := x.(T)
	return v, ok
}

func MustAs[T any](x any) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return x.(T), nil
}

type Color int

func (c Color) String() string { return [...]string{"red", "green"}[c] }

type Pt struct{ X, Y int }

func main() {
	fmt.Println(Describe(42))
	fmt.Println(Describe("héllo"))
	fmt.Println(Describe([]int{1, 2}))
	fmt.Println(Describe(errors.New("boom")))
	fmt.Println(Describe(Color(1)))
	fmt.Println(Describe(3.5))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe[error](nil))
	fmt.Println(Describe[any]([]any{1}))
	fmt.Println(Describe(func() int { return 1 }))
	fmt.Println(Describe(Pt{1, 2}))
	fmt.Println(Describe(&Pt{}))
	fmt.Println(Describe[*Pt](nil))

	fmt.Println(Kind[int](), Kind[uint16](), Kind[float32](), Kind[string](), Kind[Color]())
	fmt.Println(Kind[any](), Kind[error](), Kind[*int](), Kind[[]int](), Kind[map[int]int](), Kind[Pt]())

	fmt.Printf("%v %q %v %v %v\n", Zero[int](), Zero[string](), Zero[*int](), Zero[[]int]() == nil, Zero[map[string]int]() == nil)
	fmt.Printf("%+v %v %v %v\n", Zero[Pt](), Zero[[3]bool](), Zero[any](), Zero[error]())
	fmt.Printf("%v %v\n", Zero[complex128](), Zero[struct {
		A string
		B []int
	}]())
	z := Zero[func() int]()
	fmt.Println(z == nil)
	ch := Zero[chan int]()
	fmt.Println(ch == nil, len(ch))

	fmt.Println(IsZero(0), IsZero(1), IsZero(""), IsZero("x"), IsZero(Pt{}), IsZero(Pt{0, 1}))
	var np *Pt
	fmt.Println(IsZero(np), IsZero(&Pt{}), IsZero[any](nil), IsZero[any](0))

	i, ok := As[int](7)
	fmt.Println(i, ok)
	s, ok := As[string](7)
	fmt.Printf("%q %v\n", s, ok)
	st, ok := As[fmt.Stringer](Color(0))
	fmt.Println(st, ok)
	e, ok := As[error](Color(0))
	fmt.Println(e, ok)
	p, ok := As[*Pt](&Pt{3, 4})
	fmt.Println(*p, ok)

	v, err := MustAs[float64](1.25)
	fmt.Println(v, err)
	v2, err := MustAs[int]("nope")
	fmt.Println(v2, err)
	v3, err := MustAs[fmt.Stringer](5)
	fmt.Println(v3, err)
}
