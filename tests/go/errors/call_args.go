package main

import "fmt"

type T struct{}

func (T) M(a int, b string) {}

func variadic(prefix string, xs ...int) {}

func main() {
	var t T
	t.M(1)                     // ERROR "not enough arguments in call to t.M"
	t.M(1, "a", 2)             // ERROR "too many arguments in call to t.M"
	variadic()                 // ERROR "not enough arguments in call to variadic"
	variadic("p", 1, "two")    // ERROR "cannot use \"two\" \(untyped string constant\) as int value in argument to variadic"
	xs := []string{"a"}
	variadic("p", xs...)       // ERROR "cannot use xs \(variable of type \[\]string\) as \[\]int value in argument to variadic"
	fmt.Println(len(1, 2))     // ERROR "invalid operation: too many arguments for len\(1, 2\) \(expected 1, found 2\)"
}
