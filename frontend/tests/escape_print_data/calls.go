package main

import (
	"fmt"
	"os"
	"strings"
)

type Inner struct{ X int }

func (in *Inner) PM() int { return in.X }
func (in Inner) VM() int  { return in.X }

type Outer struct {
	Inner
	Name string
}

type I interface{ M() int }
type MyInt int

func (m MyInt) M() int { return int(m) }

var sink interface{}

func f(x interface{})               { sink = x }
func g(a ...interface{})            { sink = a }
func h(s string, a ...interface{}) { sink = a }

func main() {
	var o Outer
	f(o.X)
	f(o.PM())
	f(o.VM())
	op := &Outer{}
	f(op.X)
	f(op.PM())
	f(op.VM())
	var i I = MyInt(3)
	f(i.M())
	f(i)
	fn := op.PM
	f(fn)
	f(fn())
	f((*Inner).PM)
	f(Inner.VM)
	g()
	g(1, 2)
	h("a")
	h("a", 1)
	xs := []interface{}{1}
	g(xs...)
	f(fmt.Sprintf("%d", 3))
	f(fmt.Sprint())
	f(os.Args)
	f(os.Args[0])
	var r rune = 'b'
	f(r)
	var b byte = 'c'
	f(b)
	var i32 int32 = 7
	f(i32)
	var f32 float32 = 1.5
	f(f32)
	var u uint = 3
	f(u)
	f(2.0)
	f(1.0000001e-7)
	f(3 + 4i)
	f(complex(1, 0))
	f('\n')
	f('世')
	f("a\tb\"c")
	f(interface{}(5))
	var e error
	f(e)
	f([]rune("x"))
	s := "x"
	f([]rune(s))
	f(string(rune(65)))
	rr := rune(66)
	f(string(rr))
	f(strings.Builder{})
	f(&strings.Builder{})
	f(make(chan int))
	f(make(chan int, 1))
	f(make(map[string]int, 10))
	n := 4
	f(make(map[string]int, n))
	f(make([]int, 2, 10))
	f(new(int))
	f(new([]int))
	f(new(*int))
	f(new(struct{}))
	f(new(interface{}))
	f(new(any))
	f(func() {})
	f(func() int { return 1 }())
	ch := make(chan int, 1)
	f(<-ch)
	var bb bool
	f(!bb)
	f(^n)
	f(n << 2)
	f((n + 1) * 2)
	f(n + 1*2)
	f(n - (1 - n))
	f(s + s + s)
	f(s + (s + s))
	f(n > 1 && n < 5)
	f(a2[1:2:3])
	var m map[string]int
	f(m["a"])
	var x interface{} = 1
	f(x.(int))
	f(len(s))
	f(cap(ch))
	f(append([]int(nil), 1))
	f(min(n, 2))
	f(max(n, 2, 3))
}

var a2 [5]int
