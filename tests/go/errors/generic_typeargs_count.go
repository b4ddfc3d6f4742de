package main

type S[T any] struct{ v T }

type P[K comparable, V any] struct {
	k K
	v V
}

func main() {
	var p P[int]         // ERROR "not enough type arguments for type P: have 1, want 2"
	var q S[int, string] // ERROR "too many type arguments for type S: have 2, want 1"
	_, _ = p, q
}
