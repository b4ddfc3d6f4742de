package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func incr(p *int) { *p++ }

func newInt(v int) *int { return &v }

func setNil(pp **Node) { *pp = nil }

func main() {
	x := 5
	p := &x
	*p = 6
	incr(p)
	incr(&x)
	fmt.Println(x, *p, p == &x)
	q := newInt(9)
	r := newInt(9)
	fmt.Println(*q, *r, q == r)
	var np *int
	fmt.Println(np == nil, np)
	n := new(int)
	fmt.Println(*n)
	var head *Node
	for i := 5; i > 0; i-- {
		head = &Node{i, head}
	}
	sum := 0
	for c := head; c != nil; c = c.Next {
		sum += c.Val
	}
	fmt.Println("sum", sum)
	arr := [3]int{1, 2, 3}
	ap := &arr
	ap[1] = 20
	fmt.Println(arr, len(ap))
	el := &arr[2]
	*el = 30
	fmt.Println(arr)
	s := []int{1, 2, 3}
	sp := &s[0]
	*sp = 100
	fmt.Println(s)
	type T struct{ A, B int }
	t := T{1, 2}
	fb := &t.B
	*fb = 22
	fmt.Println(t)
	setNil(&head)
	fmt.Println(head == nil)
	pp := &p
	**pp = 77
	fmt.Println(x)
	a, b := new(struct{}), new(struct{})
	_, _ = a, b
	fmt.Println(*p+*q, new(bool) != nil)
}
