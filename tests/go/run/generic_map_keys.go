package main

import "fmt"

type Pair[A comparable, B comparable] struct {
	A A
	B B
}

type Box[T comparable] struct{ V T }

func main() {
	m := map[Pair[int, string]]bool{{2, "b"}: true, {1, "z"}: false, {1, "a"}: true}
	fmt.Println(m)
	n := map[Box[float64]][]Box[string]{{2.5}: {{"x"}}, {-1}: nil, {0}: {{"a"}, {"b"}}}
	fmt.Printf("%v\n%+v\n", n, n)
}
