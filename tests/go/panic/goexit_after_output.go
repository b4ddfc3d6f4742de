package main

import (
	"fmt"
	"os"
)

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("line", i)
	}
	fmt.Fprintln(os.Stdout, "partial output is kept")
	var arr []int
	_ = arr[len(os.Args)+1]
}
