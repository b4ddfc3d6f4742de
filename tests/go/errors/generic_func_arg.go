package main

func Identity[T any](x T) T { return x }

func Pair[A, B any](a A, b B) A { return a }

func Apply[T any](xs []T, f func(T) T) {}

func Use(f func(int) int) {}

func main() {
	Apply([]int{1}, Identity[string]) // ERROR "in call to Apply, type func\(x string\) string of Identity\[string\] does not match inferred type func\(int\) int for func\(T\) T"
	Use(Pair)                         // ERROR "in call to Use, type func\[A, B any\]\(a A, b B\) A of Pair does not match func\(int\) int \(cannot infer A and B\)"
	Use(Identity)
	var g func(string) string = Identity
	h := Identity // ERROR "cannot use generic function Identity without instantiation"
	_, _ = g, h
}
