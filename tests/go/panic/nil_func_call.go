package main

import "fmt"

var hooks = map[string]func(){}

func main() {
	fmt.Println("calling a missing hook")
	hooks["missing"]()
}
