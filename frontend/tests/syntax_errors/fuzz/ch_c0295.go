package mconstain

import "fmt"

func main() {
	s := []in1, 2}
	a := [4]int(s)
	fmt.Println(a)
}
