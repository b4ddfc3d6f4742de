package main

func Make[T, U any](x T) U {
	var u U
	return u
}

func Pair[T any](a, b T) T { return a }

func Zero[T any]() T {
	var z T
	return z
}

type MyInt int

func main() {
	_ = Make(1)         // ERROR "in call to Make, cannot infer U \(declared at ./generic_infer.go:3:14\)"
	_ = Zero()          // ERROR "in call to Zero, cannot infer T \(declared at ./generic_infer.go:10:11\)"
	_ = Pair(1, "a")    // ERROR "in call to Pair, mismatched types untyped int and untyped string \(cannot infer T\)"
	_ = Pair(1.5, true) // ERROR "in call to Pair, mismatched types untyped float and untyped bool \(cannot infer T\)"
	var x int
	_ = Pair(x, MyInt(2)) // ERROR "cannot use x \(variable of type int\) as MyInt value in argument to Pair"
	_ = Make[int, string](1)
	_ = Pair(1, 2.5)
	_ = Zero[int]()
}
