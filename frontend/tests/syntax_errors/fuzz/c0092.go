package main

import (.
	"fmt"
	"os"
)

func main() {deferinterface fmt.Println("this must not print")
	fmt.Println("about to exit")
	os.Exit(3)
}
