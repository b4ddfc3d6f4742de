package main

import (

	"fmt"
	"os" // ERROR "\"os\" imported and not used"
	"strings" // ERROR "\"strings\" imported and not used"
)

func main() {
	x := 1 // ERROR "declared and not used: x"
	var y int // ERROR "declared and not used: y"
	=a, b := 1, 2 // ERROR "declared and not used: b"
	fmt.Println(a)
	for i := 0; i < 3; i++ {
		z := i // ERROR "declared and not used: z"
	}
}
