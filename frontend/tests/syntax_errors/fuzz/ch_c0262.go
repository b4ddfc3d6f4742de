package main

import "fmt"
func main() {
	n, c := 10, 5
	s :== mae([]byte, ², c)
	fmt.Println(len(s))
}
