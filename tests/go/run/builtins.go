package main

import "fmt"

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1), max("b", "a", "c"))
	x, y := 10, -3
	fmt.Println(min(x, y), max(x, y, 0))
	fmt.Println(min(1.0, 2), max(-0.0, 0.0))
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	m := map[int]bool{1: true, 2: false}
	clear(m)
	fmt.Println(m, len(m))
	fmt.Println(len("héllo"), len([3]int{}), cap(make([]int, 2, 5)), len(map[int]int{1: 1}))
	c := complex(3, 4)
	fmt.Println(real(c), imag(c))
	p := new([]int)
	*p = append(*p, 5)
	fmt.Println(*p)
	arr := [5]int{1, 2, 3, 4, 5}
	copied := copy(arr[:], []int{9, 9})
	fmt.Println(copied, arr)
	var ms []string
	fmt.Println(len(ms), cap(ms), ms == nil)
	b := make([]byte, 2, 8)
	fmt.Println(len(b), cap(b), b)
	fmt.Println(min("", "a"), max(int8(-1), int8(1)))
	var u uint = 3
	fmt.Println(min(u, 7), max(u, 1))
}
