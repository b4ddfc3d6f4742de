package main

import "fmt"

func adder(n int) func(int) int { return func(x int) int { return x + n } }

type I interface{ M() int }
type T struct{}

func (T) M() int { return 1 }
func getI() I    { return T{} }

func main() {
	x := adder(1)(2)
	var y = adder(3)(4)
	for k, v := range []int{adder(5)(6)} {
		fmt.Println(k, v, adder(k)(v), getI().M())
	}
	fmt.Println(x, y, adder(7)(8))
}
