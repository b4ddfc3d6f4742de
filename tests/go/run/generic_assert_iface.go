package main

import (
	"errors"
	"fmt"
)

// e.(T) and case T are legal in generic code even when an instance
// could never hold that type: they are just false at run time.
func AsT[T any](e error) (T, bool) {
	v, ok := e.(T)
	return v, ok
}

func Which[T any](e error) string {
	switch e.(type) {
	case T:
		return "T"
	}
	return "not T"
}

func Idx[T ~int](xs [3]string, i T) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("recovered: ", r)
		}
	}()
	return xs[T(5)+i]
}

type E struct{}

func (E) Error() string { return "E" }

func main() {
	v, ok := AsT[int](errors.New("x"))
	fmt.Println(v, ok)
	e, ok := AsT[E](E{})
	fmt.Println(e, ok)
	fmt.Println(Which[int](E{}), Which[E](E{}), Which[string](nil))
	fmt.Println(Idx([3]string{"a", "b", "c"}, -4))
	fmt.Println(Idx([3]string{"a", "b", "c"}, 0))
}
