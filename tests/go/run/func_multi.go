package main

import "fmt"

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func shadow(x int) (r int) {
	r = 1
	{
		r := 5
		_ = r
	}
	return r + x
}

func swap(a, b string) (string, string) { return b, a }

func pass() (int, int) { return divmod(17, 5) }

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 2, 3 }

func ignore() (_ int, err error) { return 7, nil }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(named(3))
	fmt.Println(shadow(10))
	a, b := swap("x", "y")
	fmt.Println(a, b)
	fmt.Println(pass())
	fmt.Println(sum3(three()))
	_, c := named(4)
	fmt.Println(c)
	v, err := ignore()
	fmt.Println(v, err)
	x, y := 1, 2
	x, y = y, x
	fmt.Println(x, y)
	arr := []int{10, 20, 30}
	i := 0
	i, arr[i] = 1, 99
	fmt.Println(i, arr)
}
