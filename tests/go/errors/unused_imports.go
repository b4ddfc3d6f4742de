package main

import (
	"fmt"
	str "strings" // ERROR "\"strings\" imported as str and not used"
	"math/bits" // ERROR "\"math/bits\" imported and not used"
	_ "os"
)

func main() {
	fmt.Println("only fmt is used")
}
