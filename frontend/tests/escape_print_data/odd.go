package main

import "unsafe"

var sink interface{}

func f(x interface{}) { sink = x }

type I interface{ M() int }
type T struct{}

func (T) M() int { return 1 }

type Pt struct {
	X, y int `json:"x"`
	I
}

func main() {
	g := func() {}
	f((func())(g))
	c := make(chan int)
	f((<-chan int)(c))
	s := []int{1, 2, 3, 4}
	f((*[4]int)(s))
	f([4]int(s))
	x := 5
	f(unsafe.Pointer(&x))
	f(uintptr(unsafe.Pointer(&x)))
	var i I = T{}
	f(i.M)
	f(i == T{})
	f(struct {
		A int `k:"v"`
		T
	}{})
	f(Pt{})
	f(map[string]func(){})
	f([]chan<- int{})
	f([]<-chan int{})
	f([]chan (<-chan int){})
	f([]interface{ M() int }{})
	f([]func(int, ...string) (int, error){})
	f(&s[0])
	f(s[len(s)-1:])
	var p *int = &x
	f(*p + 1)
	f(-*p)
	f(p == nil)
	m := map[string]int{}
	v, ok := m["k"]
	f(v)
	f(ok)
	var arr [3]int
	f(arr[:])
	f(len(arr))
	f(unsafe.Sizeof(x))
}
