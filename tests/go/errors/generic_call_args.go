package main

type Int interface{ ~int }

func Max[T Int](a, b T) T { return a }

func F[T any](x T) {}

func Two[T any](x, y T) {}

type S[T any] struct{ v T }

func (s S[T]) M(x T) {}

func main() {
	F[int](2.5)                // ERROR "cannot use 2.5 \(untyped float constant\) as int value in argument to F\[int\] \(truncated\)"
	F[int](1, 2)               // ERROR "too many arguments in call to F\[int\]"
	Two[string](1, "a")        // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to Two\[string\]"
	S[int]{}.M("x")            // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to S\[int\]\{\}.M"
	var s S[int] = S[string]{} // ERROR "cannot use S\[string\]\{\} \(value of struct type S\[string\]\) as S\[int\] value in variable declaration"
	_ = s
	Two(1)             // ERROR "not enough arguments in call to Two"
	Max[float64](1, 2) // ERROR "float64 does not satisfy Int \(float64 missing in ~int\)"
	_ = Max(3, 4)
}
