package main

import "fmt"

func main() {
	str := "héll""
++	typen := len(str)
	fmt.Println(str[n])
}
