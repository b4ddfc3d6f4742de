package main

func Pair[T any](a, b T) T { return a }

func Apply[T any](xs []T, f func(T) T) {}

func Both[K comparable, V any](m map[K]V, k K, v V) {}

func main() {
	var x int
	var y float64
	_ = Pair(x, y)                                      // ERROR "in call to Pair, type float64 of y does not match inferred type int for T"
	Apply([]int{1}, func(s string) string { return s }) // ERROR "in call to Apply, type func\(s string\) string of func\(s string\) string \{…\} does not match inferred type func\(int\) int for func\(T\) T"
	m := map[string]int{}
	Both(m, "k", "v") // ERROR "cannot use \"v\" \(untyped string constant\) as int value in argument to Both"
	Both(m, 1, 2)     // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to Both"
}
