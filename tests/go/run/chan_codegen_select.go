package main

import "fmt"

type Box struct {
	V  int
	OK bool
}

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "chan "+name)
	return c
}

func val(name string, v int) int {
	trace = append(trace, "val "+name)
	return v
}

func idx(i int) int {
	trace = append(trace, fmt.Sprint("idx ", i))
	return i
}

func tryRecv(c chan int) (int, bool, bool) {
	select {
	case v, ok := <-c:
		return v, ok, true
	default:
		return 0, false, false
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	var nilc chan int

	// non-blocking forms
	fmt.Println(tryRecv(a))
	fmt.Println(trySend(a, 1), trySend(a, 2))
	fmt.Println(tryRecv(a))
	close(a)
	fmt.Println(tryRecv(a))
	a = make(chan int, 1)

	// exactly one case ready: receive with define
	b <- 5
	select {
	case v := <-a:
		fmt.Println("a", v)
	case v := <-b:
		fmt.Println("b", v)
	case <-nilc:
		fmt.Println("nil")
	}

	// send case chosen
	select {
	case v := <-a:
		fmt.Println("a", v)
	case b <- 6:
		fmt.Println("sent 6")
	case nilc <- 1:
		fmt.Println("nil send")
	}
	fmt.Println(<-b)

	// default chosen, and with the default first
	select {
	default:
		fmt.Println("default first")
	case v := <-a:
		fmt.Println("a", v)
	case <-b:
		fmt.Println("b")
	}

	// evaluation order: every channel operand and send value once, in
	// source order, before the select; left-hand sides only for the chosen
	// case
	arr := [3]int{}
	a <- 0
	b <- 42
	select {
	case ch("s1", a) <- val("v1", 1):
		fmt.Println("s1")
	case arr[idx(0)] = <-ch("r1", nilc):
		fmt.Println("r1")
	case arr[idx(2)] = <-ch("r2", b):
		fmt.Println("r2", arr)
	case ch("s2", nilc) <- val("v2", 2):
		fmt.Println("s2")
	}
	fmt.Println(trace)
	<-a
	trace = nil

	// comma-ok with assignment to fields, map entries, pointers
	box := &Box{}
	m := map[string]int{}
	var ok bool
	b <- 8
	select {
	case box.V, box.OK = <-b:
	case <-a:
	}
	fmt.Println(*box)
	b <- 9
	select {
	case m["x"], ok = <-b:
		fmt.Println(m, ok)
	case <-a:
	}
	close(b)
	select {
	case m["y"], ok = <-b:
		fmt.Println(m, ok)
	case <-a:
	}
	p := new(int)
	select {
	case *p = <-b:
		fmt.Println("p", *p)
	case <-a:
	}
	var _ = p
	select {
	case _, ok = <-b:
		fmt.Println("blank", ok)
	case <-a:
	}
	select {
	case v, _ := <-b:
		fmt.Println("v blank ok", v)
	case <-a:
	}

	// interface element: send boxes
	ci := make(chan any, 1)
	cs := make(chan string)
	select {
	case ci <- Box{1, true}:
	case cs <- "no":
	}
	select {
	case x := <-ci:
		fmt.Printf("%v %T\n", x, x)
	case s := <-cs:
		fmt.Println(s)
	}

	// break inside select breaks the select; labeled break/continue reach loops
	c := make(chan int, 10)
	for i := 0; i < 10; i++ {
		c <- i
	}
	close(c)
	n := 0
loop:
	for {
		select {
		case v, ok := <-c:
			if !ok {
				break loop
			}
			if v == 2 {
				break
			}
			if v%3 == 0 {
				continue loop
			}
			if v == 8 {
				fmt.Println("eight")
				break loop
			}
			n += v
			fmt.Print(v, " ")
		}
		fmt.Print("| ")
	}
	fmt.Println("n", n)

	// labeled break of the select itself
	d := make(chan int, 1)
	d <- 1
sel:
	select {
	case v := <-d:
		if v == 1 {
			break sel
		}
		fmt.Println("not reached")
	}
	fmt.Println("after sel")

	// select in a loop, per-iteration variables captured
	e := make(chan int, 3)
	e <- 1
	e <- 2
	e <- 3
	var fs []func() int
	for i := 0; i < 3; i++ {
		select {
		case v := <-e:
			fs = append(fs, func() int { return v })
		case <-nilc:
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// only default
	select {
	default:
		fmt.Println("only default")
	}
	// single case: plain send / receive with body
	f := make(chan string, 1)
	select {
	case f <- "single":
		fmt.Println("single send")
	}
	select {
	case s, ok := <-f:
		fmt.Println(s, ok)
	}
	// zero-size elements and big elements
	z := make(chan struct{}, 1)
	big := make(chan [20]int, 1)
	select {
	case z <- struct{}{}:
	case <-big:
	}
	<-z
	select {
	case big <- [20]int{19: 7}:
		fmt.Println("big sent")
	case <-z:
		fmt.Println("z")
	}
	select {
	case v := <-big:
		fmt.Println(v[19])
	case <-f:
	}
}
