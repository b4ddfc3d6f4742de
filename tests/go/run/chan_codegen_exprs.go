package main

import (
	"fmt"
	"strings"
)

type V struct{ X, Y int }

func (v V) Sum() int { return v.X + v.Y }

type Q struct {
	in  chan int
	out chan string
}

func (q *Q) Pump() {
	for v := range q.in {
		q.out <- strings.Repeat("*", v)
	}
	close(q.out)
}

func next(c chan int) int { return <-c }

func fill(c chan int, vals ...int) chan int {
	for _, v := range vals {
		c <- v
	}
	return c
}

func get(c <-chan int) (v int, ok bool) {
	v, ok = <-c
	return
}

func main() {
	c := make(chan int, 16)
	b := make(chan bool, 4)
	s := make(chan string, 4)
	vc := make(chan V, 2)

	b <- true
	if <-b {
		fmt.Println("if recv")
	}
	b <- false
	b <- true
	if <-b && <-b {
		fmt.Println("not here")
	}
	fmt.Println(len(b))
	<-b
	b <- false
	b <- true
	if <-b || <-b {
		fmt.Println("or")
	}

	fill(c, 3, 1, 2)
	switch <-c {
	case 3:
		fmt.Println("three")
	}
	x := 10
	x += <-c
	x -= <-c * 2
	fmt.Println(x)

	arr := []int{0, 0, 0}
	fill(c, 1, 2)
	arr[<-c]++
	arr[<-c] += 5
	fmt.Println(arr)

	var sl []int
	fill(c, 4, 5, 6)
	sl = append(sl, <-c, <-c)
	sl = append(sl, <-c)
	fmt.Println(sl)

	s <- "go"
	s <- "pher"
	fmt.Println("a " + <-s + <-s + "!")

	vc <- V{1, 2}
	fmt.Println((<-vc).Sum())
	vc <- V{3, 4}
	fmt.Println((<-vc).X)

	fill(c, 3)
	for i := 0; i < <-c; i++ {
		fill(c, 3)
		fmt.Print(i, " ")
	}
	fmt.Println()
	for len(c) > 0 {
		<-c
	}

	fill(c, 7, 8)
	m := map[int]V{<-c: {X: <-c}}
	fmt.Println(m)

	fill(c, 9)
	fmt.Println(next(c))
	fill(c, 5, 6)
	fmt.Println(<-c == 5, <-c != 5)

	cc := make(chan chan int, 1)
	cc <- fill(make(chan int, 3), 1, 2)
	fmt.Println(len(<-cc))

	f := func() int { return <-c }
	fill(c, 42)
	fmt.Println(f())

	g, ok := get(fill(c, 11))
	fmt.Println(g, ok)
	close(c)
	g, ok = get(c)
	fmt.Println(g, ok)

	q := &Q{in: make(chan int), out: make(chan string)}
	go q.Pump()
	go func() {
		for i := 1; i <= 3; i++ {
			q.in <- i
		}
		close(q.in)
	}()
	for line := range q.out {
		fmt.Println(line)
	}

	// receive into struct fields and array elements
	type R struct {
		a [2]string
		n int
	}
	var r R
	s <- "p"
	s <- "q"
	r.a[0], r.a[1] = <-s, <-s
	fmt.Println(r)
	ic := make(chan int, 1)
	ic <- 5
	r.n = <-ic
	fmt.Println(r.n)
	var ifc any
	ic <- 6
	ifc = <-ic
	fmt.Printf("%v %T\n", ifc, ifc)
	var ie interface{ Sum() int }
	vc <- V{5, 5}
	ie = <-vc
	fmt.Println(ie.Sum())
	var p *int = new(int)
	ic <- 77
	*p = <-ic
	fmt.Println(*p)
	ic <- 1
	fmt.Println(-<-ic)
	bc := make(chan bool, 1)
	bc <- false
	fmt.Println(!<-bc)
}
