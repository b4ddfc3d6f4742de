package main

import "fmt"

type Name[T any] string

type Level[T any] float64

func Fail[T any](msg string) {
	defer fmt.Println("deferred in", fmt.Sprintf("%T", Name[T]("")))
	panic(Name[T](msg))
}

func main() {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %v\n", r, r)
		panic(Level[[]string](2.5))
	}()
	Fail[int]("first")
}
