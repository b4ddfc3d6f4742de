package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), len(os.Args[0]) > 0)
	for i, a := range os.Args[1:] {
		fmt.Println(i, a)
	}
	defer fmt.Println("this deferred print never runs")
	fmt.Println("exiting with 0")
	os.Exit(0)
}
