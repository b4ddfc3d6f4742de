package main

import "fmt"

func Div[T ~int | ~int64](a, b T) T { return a / b }

type Num int64

func main() {
	fmt.Println(Div(7, 2), Div(Num(9), 3))
	var zero Num
	fmt.Println(Div(Num(1), zero))
}
