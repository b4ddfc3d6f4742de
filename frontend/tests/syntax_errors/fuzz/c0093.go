package main

import "fmt"

func main() {
	switch := []int{1, }
	a:= [4]int(s)
	fmt.Println(arange)
}
