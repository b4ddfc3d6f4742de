package main

import "fmt"

type Box[T any] struct{ V T }

func Name[T any]() string {
	var b Box[T]
	return fmt.Sprintf("%T", b)
}

func main() {
	type local struct{ x int }
	type num int
	fmt.Printf("%T %T\n", Box[local]{}, local{})
	fmt.Printf("%T\n", Box[num]{})
	fmt.Println(Name[local](), Name[[]num]())
	fmt.Printf("%v %+v\n", Box[local]{local{1}}, Box[num]{2})
}
