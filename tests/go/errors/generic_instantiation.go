package main

type S[T any] struct{ v T }

type P[K comparable, V any] struct {
	k K
	v V
}

func F[T any](x T) T { return x }

func G[T, U any](x T, y U) {}

func main() {
	f := F                    // ERROR "cannot use generic function F without instantiation"
	var s S                   // ERROR "cannot use generic type S\[T any\] without instantiation"
	_ = F[int, string](1)     // ERROR "got 2 type arguments but want 1"
	h := G[int, string, bool] // ERROR "got 3 type arguments but want 2"
	var ok S[int]
	_, _, _, _ = f, s, h, ok
}
