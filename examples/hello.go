// The first program: `burrow run examples/hello.go`.
package main

import "fmt"

func main() {
	fmt.Println("Hello from Burrow!")
	for i := range 3 {
		fmt.Printf("%d squared is %d\n", i+1, (i+1)*(i+1))
	}
}
