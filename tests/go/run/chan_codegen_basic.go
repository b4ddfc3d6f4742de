package main

import "fmt"

type Point struct {
	X, Y int
	Name string
}

type Big struct {
	A [10]int
	S string
	P *int
}

type Celsius float64

type MyChan chan int

func sum(a, b int) int { return a + b }

func recvTwo(c chan int) (int, int) {
	return <-c, <-c
}

func sender(c chan<- int, v int) { c <- v }

func receiver(c <-chan int) int { return <-c }

var global = make(chan string, 2)

func main() {
	// make with several integer size types
	var n8 int8 = 2
	var u16 uint16 = 3
	var u64 uint64 = 4
	c1 := make(chan int, n8)
	c2 := make(chan int, u16)
	c3 := make(chan int, u64)
	c4 := make(chan bool)
	fmt.Println(cap(c1), cap(c2), cap(c3), cap(c4), len(c1))

	// send / receive / len / cap
	c1 <- 10
	c1 <- 20
	fmt.Println(len(c1), cap(c1))
	x := <-c1
	fmt.Println(x, len(c1))
	y, ok := <-c1
	fmt.Println(y, ok)
	c1 <- 5
	close(c1)
	z, ok := <-c1
	fmt.Println(z, ok)
	z, ok = <-c1
	fmt.Println(z, ok)
	var zz, okk = <-c1
	fmt.Println(zz, okk)

	// receive in expressions
	c2 <- 1
	c2 <- 2
	c2 <- 3
	fmt.Println(<-c2 + <-c2*10 + <-c2*100)
	c2 <- 7
	c2 <- 8
	fmt.Println(sum(<-c2, <-c2))
	c2 <- 4
	c2 <- 6
	a, b := recvTwo(c2)
	fmt.Println(a, b)
	c2 <- 9
	arr := []int{<-c2, 100}
	fmt.Println(arr)
	c2 <- 1
	fmt.Println(arr[<-c2])
	c2 <- 3
	if v := <-c2; v > 2 {
		fmt.Println("big", v)
	}
	c2 <- 11
	m := map[string]int{}
	m["k"] = <-c2
	fmt.Println(m)
	c2 <- 12
	p := Point{}
	p.X = <-c2
	fmt.Println(p)
	c2 <- 13
	<-c2
	fmt.Println(len(c2))
	c2 <- 14
	_ = <-c2
	c2 <- 15
	_, ok = <-c2
	fmt.Println(ok)

	// struct, string, big values, pointers
	cp := make(chan Point, 2)
	cp <- Point{1, 2, "a"}
	cp <- Point{Name: "b"}
	fmt.Println(<-cp, <-cp)
	cb := make(chan Big, 1)
	v := 42
	cb <- Big{A: [10]int{1, 2, 3}, S: "big", P: &v}
	bg := <-cb
	fmt.Println(bg.A, bg.S, *bg.P)
	cs := make(chan string, 1)
	s := "hello"
	cs <- s + " world"
	fmt.Println(<-cs)
	cptr := make(chan *Point, 1)
	cptr <- &Point{X: 3}
	pp := <-cptr
	fmt.Println(pp.X)

	// interface element: sends box
	ci := make(chan any, 4)
	ci <- 1
	ci <- "two"
	ci <- Point{3, 4, "p"}
	ci <- nil
	for i := 0; i < 4; i++ {
		fmt.Println(<-ci)
	}
	ce := make(chan error, 1)
	ce <- fmt.Errorf("oops %d", 1)
	fmt.Println(<-ce)

	// struct{} element
	done := make(chan struct{}, 1)
	done <- struct{}{}
	<-done
	fmt.Println("done")

	// named types, floats
	cf := make(chan Celsius, 1)
	cf <- 36.6
	fmt.Println(<-cf)
	mc := make(MyChan, 1)
	mc <- 3
	fmt.Println(<-mc, len(mc), cap(mc))

	// directional conversions
	bi := make(chan int, 1)
	var so chan<- int = bi
	var ro <-chan int = bi
	so <- 77
	fmt.Println(<-ro)
	sender(bi, 5)
	fmt.Println(receiver(bi))
	fmt.Println(so == bi, ro == bi)

	// nil channels
	var nc chan int
	fmt.Println(nc == nil, len(nc), cap(nc), bi != nil)
	nc = bi
	fmt.Println(nc == bi)

	// channels as map keys and interface values
	ks := map[chan int]string{bi: "bi", c2: "c2"}
	fmt.Println(ks[bi], ks[c2], len(ks), ks[nil] == "")
	var e any = bi
	ch2, isChan := e.(chan int)
	fmt.Println(isChan, ch2 == bi)
	_, isRecv := e.(<-chan int)
	fmt.Println(isRecv, e == any(bi))
	fmt.Printf("%T %T %T\n", bi, so, ro)

	// range over channel
	r := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		r <- i * i
	}
	close(r)
	total := 0
	for v := range r {
		total += v
	}
	fmt.Println(total)
	r2 := make(chan string, 3)
	r2 <- "a"
	r2 <- "b"
	r2 <- "c"
	close(r2)
	count := 0
	for range r2 {
		count++
	}
	fmt.Println(count)
	// per-iteration variables captured by closures
	r3 := make(chan int, 3)
	r3 <- 1
	r3 <- 2
	r3 <- 3
	close(r3)
	var fs []func() int
	for v := range r3 {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// range with assignment, break, continue, labels
	r4 := make(chan int, 10)
	for i := 0; i < 10; i++ {
		r4 <- i
	}
	close(r4)
	var last int
outer:
	for last = range r4 {
		switch {
		case last%2 == 0:
			continue outer
		case last > 6:
			break outer
		}
		fmt.Print(last, " ")
	}
	fmt.Println("last", last)
	for v := range r4 {
		fmt.Print("rest ", v, " ")
	}
	fmt.Println()
	// the range expression is evaluated once
	r5 := make(chan int, 2)
	r5 <- 1
	r5 <- 2
	close(r5)
	rr := r5
	for v := range rr {
		rr = nil
		fmt.Print(v, " ")
	}
	fmt.Println(rr == nil)

	// globals
	global <- "g1"
	global <- "g2"
	fmt.Println(<-global, <-global, len(global))

	// channel of channels
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	(<-cc) <- 99
	fmt.Println(<-inner)
	cc <- inner
	inner <- 100
	fmt.Println(<-<-cc)

	// defer close
	dc := make(chan int, 1)
	func() {
		defer close(dc)
		dc <- 1
	}()
	for v := range dc {
		fmt.Println("deferred close", v)
	}
}
