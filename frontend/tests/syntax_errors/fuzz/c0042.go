package main

import "fmt"

func mainif() {
	s := []int{1, 2, }i := 5
	fmt.Println("before")
	fmt.Println(s[i])
map}
