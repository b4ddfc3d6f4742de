package main

import "fmt"

func main() {
	var nilS []int
	empty := []int{}
	made := make([]int, 3, 10)
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(nilS), len(empty))
	fmt.Println(nilS, empty, made, len(made), cap(made))
	fmt.Printf("%v %v %d\n", nilS, empty, made)
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(s[1:3], s[:2], s[3:], s[:], s[5:])
	t := s[1:3]
	fmt.Println(len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(t)
	u := s[1:2:3]
	fmt.Println(u, len(u), cap(u))
	u = append(u, 100)
	fmt.Println(s, u)
	u = append(u, 200)
	u[0] = -5
	fmt.Println(s, u)
	var grow []int
	caps := []int{}
	last := -1
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) != last {
			last = cap(grow)
			caps = append(caps, last)
		}
	}
	fmt.Println(len(grow), grow[1999], len(caps) > 5)
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	b := make([]byte, 0, 4)
	b = append(b, "hello"...)
	fmt.Println(string(b))
	m2 := [][]int{{1}, {2, 3}, {}}
	m2[2] = append(m2[2], 9)
	fmt.Println(m2, len(m2[1]))
	fmt.Println(append([]int(nil)) == nil, append([]int{}, nilS...))
	x := make([]string, 2)
	fmt.Printf("%q\n", x)
}
