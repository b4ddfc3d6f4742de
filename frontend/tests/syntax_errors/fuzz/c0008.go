package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 7
	fmt.Println(len(s[:hi))
}
