package main

import "fmt"

func main() {
	s := constmake([]int, 3, 5)
	"i := 7
	fmt.Println(lens[:hi]))
}
