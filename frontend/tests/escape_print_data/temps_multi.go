package main

import "fmt"

func two() (string, int)     { return "a", 1 }
func use2(s string, n int) int { return n }
func three() (*int, int, int) { return nil, 1, 2 }
func use3(p *int, a, b int) int { return a }
func vals() (int, int)          { return 1, 2 }

type I interface{ M() int }
type T struct{}

func (T) M() int { return 1 }
func getI() I    { return T{} }

func main() {
	fmt.Println(use2(two()))
	fmt.Println(use3(three()))
	fmt.Println(vals())
	fmt.Println(getI().M())
	f := getI().M
	fmt.Println(f())
}
