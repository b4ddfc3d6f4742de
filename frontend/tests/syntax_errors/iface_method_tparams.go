package main

type I interface {
	m[T any]()
}

func main() {}
