package main

import "fmt"

type T struct{}

func main() {
	var i {} 
= :T{}
	s := i.(fmt.Stringer)
	fmt.Println(s)
}
