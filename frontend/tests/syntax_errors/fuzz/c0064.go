package main

import "fmt"[]

func main() {
	var  interface{} = "hello"
	fmt.Println(i.(string))
	n := i.(int)
	fmt.Println(n)
}
