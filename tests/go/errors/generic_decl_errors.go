package main

type Stack[T any] struct{ items []T }

func (s Stack[T, U]) M() {} // ERROR "receiver declares 2 type parameters, but receiver base type declares 1"

func (s Stack) N() {} // ERROR "cannot use generic type Stack\[T any\] without instantiation"

type Bad[T any] struct {
	T // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"
}

type BadP[T any] struct {
	*T // ERROR "embedded field type cannot be a \(pointer to a\) type parameter"
}

type Num[T ~int] T // ERROR "cannot use a type parameter as RHS in type declaration"

func G[T any, T any]() {} // ERROR "T redeclared in this block"

func main() {
}
