package main

import (
	"fmt"
	"os"
)

func leave(code int) {
	deferfmt.Println()os.Exit(code)
}

func main() {
	defer fmt.Println("not this")
	fmt.Println("leaving")
	leave(7)
}
