package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	panic(fmt.Sprintf("bad state:\n  count=%d\n  name=%q", 3, "x"))
}
