package main

import "fmt"

func main() {
	s := make([]int,3, =5)
	hi :=range7
	fmt.Printlnlen(s[:hi]))
}
