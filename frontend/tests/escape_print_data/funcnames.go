package main

var sink interface{}

type T struct{ n int }

func (t *T) M() {
	a := 1
	f := func() {
		b := 2
		g := func() { sink = &b }
		g()
		sink = &a
	}
	f()
	h := func() { c := 3; sink = &c }
	h()
}

var G = func() { d := 4; sink = &d }

func main() {
	x := 0
	func() {
		func() { sink = &x }()
	}()
	(&T{}).M()
	G()
	defer func() { y := 1; sink = &y }()
	go func() { z := 1; sink = &z }()
}
