package main

import (
	"errors"
	"fmt"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type Box[T any] struct{ V T }

type PS[T any] struct{ v T }

func (p *PS[T]) String() string { return fmt.Sprint("PS:", p.v) }

type Err[T any] struct{ code T }

func (e Err[T]) Error() string { return fmt.Sprint("err ", e.code) }

var ErrNotFound = Err[string]{"404"}

func main() {
	fmt.Printf("%#v\n", Pair[string, int]{"a", 1})
	fmt.Printf("%#v\n", []Pair[string, int]{{"a", 1}})
	fmt.Printf("%#v\n", map[string]Box[int]{"k": {2}})
	fmt.Printf("%#v\n", &Box[[]string]{[]string{"x"}})
	fmt.Printf("%#v\n", Box[any]{Box[int]{1}})
	fmt.Printf("%#v\n", Box[*int]{})
	fmt.Printf("%#v\n", Box[error]{})
	fmt.Printf("%#v\n", [1]Box[float64]{{2.5}})
	fmt.Println(PS[int]{1}, &PS[int]{2})
	fmt.Printf("%v %s %+v\n", &PS[string]{"s"}, &PS[string]{"s"}, PS[string]{"s"})
	err := fmt.Errorf("wrap: %w", Err[string]{"404"})
	fmt.Println(errors.Is(err, ErrNotFound), errors.Is(err, Err[string]{"500"}), errors.Is(err, Err[int]{404}))
	_ = 0
}
