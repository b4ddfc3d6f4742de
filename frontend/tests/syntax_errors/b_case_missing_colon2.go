package main

import "fmt"

var _ = fmt.Sprint

func main() {
	switch 1 {
	case 1:
	case 2
	}
}
