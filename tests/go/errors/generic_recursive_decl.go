package main

type Bad[T any] struct{ b Bad[T] } // ERROR "invalid recursive type: Bad\[T\] refers to itself"

type A[T any] B[T] // ERROR "invalid recursive type B\[T\]"
type B[T any] A[T]

type N[T any] interface{ ~int | N[T] } // ERROR "invalid recursive type: N\[T\] refers to itself"

func F[T any, U T]() {} // ERROR "cannot use a type parameter as constraint"

func main() {
	var b Bad[int]
	var a A[int]
	_, _ = b, a
}
