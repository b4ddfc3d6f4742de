package main

import "fmt"

type Box[T any] struct{ V T }

func Get[T any](b Box[T]) T { return b.V }

// Two spellings of the same struct type argument denote the same instance.
func main() {
	var c Box[struct{ X int }] = Box[struct{ X int }]{}
	var d Box[struct{ X int }] = Box[struct {
		X int
	}]{struct{ X int }{2}}
	fmt.Println(c, d, Get(c).X+Get(d).X)
	fmt.Println(any(c) == any(Box[struct{ X int }]{}))
	fmt.Printf("%T\n", d)
}
