package main

import (
	"errors"
	"fmt"
)

type Result[T any] struct {
	val T
	err error
}

func (r Result[T]) Must() T {
	if r.err != nil {
		panic(r.err)
	}
	return r.val
}

func Try[T any](f func() (T, error)) Result[T] {
	v, err := f()
	return Result[T]{v, err}
}

func Div[T ~int | ~int64](a, b T) T { return a / b }

func main() {
	fmt.Println(Try(func() (int, error) { return 4, nil }).Must())
	fmt.Println(Div(7, 2))
	defer fmt.Println("deferred runs")
	fmt.Println(Try(func() (string, error) { return "", errors.New("bad input") }).Must())
}
