package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

type Pair[A, B any] struct {
	A A
	B B
}

type U8 = uint8

func Make[T any](v T) any { return Box[T]{v} }

func Is[T any](x any) bool { _, ok := x.(Box[T]); return ok }

func main() {
	// The same instance however its type arguments are spelled.
	var a Box[any] = Box[interface{}]{1}
	var b Box[[]byte] = Box[[]U8]{[]uint8{1}}
	var d Box[func(int) string] = Box[func(x int) string]{}
	var e Box[rune] = Box[int32]{'x'}
	fmt.Println(a.V, b.V, d.V == nil, e.V)

	fmt.Println(any(Box[any]{}) == any(Box[interface{}]{}))
	fmt.Println(any(Box[rune]{1}) == any(Box[int32]{1}), any(Box[int]{1}) == any(Box[int64]{1}))
	fmt.Println(Make(1) == any(Box[int]{1}), Make(uint8(1)) == any(Box[U8]{1}))
	fmt.Println(Is[int](Make(1)), Is[int64](Make(1)), Is[any](Make[any](1)), Is[error](Make[any](nil)))

	// An instance reached only through an assertion and an interface.
	var g interface{ Get() string } = Box[string]{"only via interface"}
	fmt.Println(g.Get())
	if bx, ok := g.(Box[string]); ok {
		fmt.Println("asserted", bx.V)
	}
	m := map[any]string{Box[int]{1}: "int", Box[string]{"1"}: "string", Pair[int, int]{1, 2}: "pair"}
	fmt.Println(m[Box[int]{1}], m[Box[string]{"1"}], m[Pair[int, int]{1, 2}], len(m[Box[int64]{1}]))
	fmt.Printf("%T %T %T\n", Box[U8]{}, Box[interface{}]{}, Box[struct{ X int }]{})
}
