package main

import "fmt"

func modify(a [4]int) [4]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[4]int) { a[0] = 200 }

func main() {
	var a [4]int
	b := [4]int{1, 2, 3, 4}
	c := [...]string{"x", "y", "z"}
	d := [5]int{1: 10, 3: 30}
	fmt.Println(a, b, c, d, len(c), len(d))
	e := b
	e[1] = 99
	fmt.Println(b, e, b == e)
	f := modify(b)
	fmt.Println(b, f)
	modifyPtr(&b)
	fmt.Println(b)
	var grid [3][3]int
	for i := range 3 {
		for j := range 3 {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] 
= -1
	fmt.Println(grid[2], row)
	for i, v := range c {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sl := b[1:3]
	sl[0] = 55
	fmt.Println(b, sl, cap(sl))
	type Pair [2]string
	m := map[Pair]int{{"a", "b"}: 1}
	m[Pair{"a", "b"}]++
	fmt.Println(m)
	arrOfStruct := [2]struct{ N int }{{1}, {2}}
	cp := arrOfStruct
	cp[0].N = 9
	fmt.Println(arrOfStruct, cp)
	for i, v := range b {
		b[3] = 1000
		if i == 3 {
			fmt.Println("range copy:", v)
		}
	}
	fmt.Printf("%v %d %T\n", [2]bool{true}, [0]int{}, d)
}
