package main

import "fmt"

// After instantiation a type parameter case may repeat another case;
// that is legal in generic code and the first matching case wins.
func Kind[T any](x any) string {
	switch x.(type) {
	case int:
		return "int"
	case T:
		return "T"
	case string, []T:
		return "string or []T"
	}
	return "other"
}

func Both[T, U any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case U:
		return "U"
	}
	return "neither"
}

func main() {
	fmt.Println(Kind[int](1), Kind[int]("s"), Kind[string]("s"), Kind[float64](1.5), Kind[bool](1))
	fmt.Println(Kind[string]([]string{}), Kind[int]([]int{}))
	fmt.Println(Both[int, int](1), Both[int, string]("s"), Both[error, error](nil))
}
