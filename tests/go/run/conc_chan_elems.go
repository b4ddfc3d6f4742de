// Channel element types of every size and shape: bytes, floats, complex, strings, big arrays,
// structs with pointers, interfaces, funcs, errors, empty structs, channels of channels;
// through buffered and unbuffered channels, select cases, and receives into fields, slice
// elements and map entries.
package main

import (
	"errors"
	"fmt"
)

type big struct {
	a    [40]int
	name string
	next *big
}

type shape interface{ area() float64 }

type rect struct{ w, h float64 }

func (r rect) area() float64 { return r.w * r.h }

type circle struct{ r float64 }

func (c *circle) area() float64 { return 3 * c.r * c.r }

func relay(v chan int) chan int { return v }

func main() {
	// Small scalars.
	b := make(chan byte, 2)
	b <- 255
	b <- 1
	fmt.Println(<-b+<-b, len(b))
	f := make(chan float64)
	go func() { f <- 2.5; f <- -0.125 }()
	fmt.Println(<-f, <-f)
	c := make(chan complex128, 1)
	c <- complex(1, -2)
	fmt.Println(<-c)
	bl := make(chan bool, 1)
	bl <- true
	fmt.Println(<-bl)
	i8 := make(chan int8, 3)
	i8 <- -128
	i8 <- 127
	close(i8)
	for v := range i8 {
		fmt.Print(v, " ")
	}
	fmt.Println()

	// Big values are copied whole, both ways.
	bc := make(chan big, 1)
	v := big{name: "first"}
	for k := range v.a {
		v.a[k] = k * k
	}
	v.next = &big{name: "linked"}
	bc <- v
	v.a[0] = 999 // the buffered copy is unaffected
	got := <-bc
	fmt.Println(got.a[0], got.a[39], got.name, got.next.name)
	ub := make(chan big)
	go func() { ub <- big{a: [40]int{1, 2, 3}, name: "unbuffered"} }()
	got = <-ub
	fmt.Println(got.a[:4], got.name, got.next == nil)
	arr := make(chan [3]string, 2)
	arr <- [3]string{"x", "y", "z"}
	fmt.Println(<-arr)

	// Interfaces, funcs, errors.
	sc := make(chan shape, 2)
	sc <- rect{2, 3}
	sc <- &circle{1}
	fmt.Println((<-sc).area(), (<-sc).area())
	fc := make(chan func(int) int, 1)
	k := 10
	fc <- func(x int) int { return x + k }
	fmt.Println((<-fc)(5))
	ec := make(chan error, 2)
	ec <- errors.New("bad thing")
	ec <- nil
	e1, e2 := <-ec, <-ec
	fmt.Println(e1, e2 == nil)
	ac := make(chan any, 3)
	ac <- 1
	ac <- "two"
	ac <- []int{3}
	fmt.Println(<-ac, <-ac, <-ac)

	// Zero-size elements.
	sig := make(chan struct{}, 2)
	sig <- struct{}{}
	sig <- struct{}{}
	fmt.Println(len(sig), <-sig == struct{}{})
	z := make(chan [0]int)
	go func() { z <- [0]int{} }()
	fmt.Println(len(<-z))

	// Channels of channels and of pointers to channels.
	reqs := make(chan chan string)
	go func() {
		for r := range reqs {
			r <- "reply"
		}
	}()
	for n := 0; n < 2; n++ {
		r := make(chan string)
		reqs <- r
		fmt.Println(<-r, n)
	}
	close(reqs)

	// Receives into fields, slice elements and map entries, in and out of select.
	type holder struct {
		s  string
		ok bool
	}
	var h holder
	strs := make(chan string, 4)
	strs <- "field"
	strs <- "slice"
	strs <- "map"
	strs <- "select"
	h.s, h.ok = <-strs
	sl := make([]string, 2)
	sl[1] = <-strs
	m := map[string]string{}
	m["k"] = <-strs
	select {
	case sl[0] = <-strs:
	}
	fmt.Println(h, sl, m)
	var okv bool
	close(strs)
	select {
	case h.s, okv = <-strs:
		fmt.Printf("%q %v\n", h.s, okv)
	}
	// A channel passed through a function and back.
	gc := relay(make(chan int, 1))
	gc <- 7
	fmt.Println(<-gc)
}
