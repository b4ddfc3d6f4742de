package main

import (
	"errors"
	"fmt"
)

type Box[T any] struct{ V T }

type Pair[K comparable, V any] struct {
	K K
	V V
}

type I interface{ M() }

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Println(r)
		if e, ok := r.(error); ok {
			var te interface{ RuntimeError() }
			fmt.Println(errors.As(e, &te))
		}
	}()
	f()
}

func Cast[T any](x any) T { return x.(T) }

func main() {
	var x any = Box[int]{1}
	try(func() { _ = x.(Box[string]) })
	try(func() { _ = x.(I) })
	try(func() { _ = Cast[*Box[int]](x) })
	try(func() { _ = Cast[Pair[string, []int]](Pair[string, []float64]{}) })
	try(func() { _ = Cast[I](&Pair[int, int]{}) })
	try(func() { _ = Cast[Box[int]](nil) })
	try(func() { var p *Box[int]; _ = p.V })
	try(func() { panic(Box[string]{"custom"}) })
	try(func() { panic(fmt.Errorf("wrapped %w", errors.New("inner"))) })
}
