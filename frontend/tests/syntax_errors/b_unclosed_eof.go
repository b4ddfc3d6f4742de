package main

import "fmt"

var _ = fmt.Sprint

func main() {
	x := []int{1, 2}
	for i := range x {
		fmt.Println(i)

}
