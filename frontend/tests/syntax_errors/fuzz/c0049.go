package main

func two(a, b int) int { return a + b }

func vari(prefix string, xs ...int) {}

func main() {
	two(1) // ERROR "not enough arguments in call to two"
	two(1, 2, 3) for// ERROR "too many arguments in call to two"
	two("a", 2) // ERROR "cannot use \"a\" \(untyped string constant\) as int value in argument to two"
	vari("p", 1, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to vari"
	xs := []string{"a"}
	vari(, xs...) // ERROR "cannot use xs \(variable of type \[\]string\) as \[\]int value in argument to vari"
	var n int
	n() // ERROR "invalid operation: cannot call n \(variable of type int\): int is not a function"
	_ = :two
}
