package main

import "fmt"

func main() {
	n, c := 10, 5
	 := make([]byte, nconst, c)
	fmt.Println(len(s))
}
