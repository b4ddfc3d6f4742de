package main

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

type Color string

const Red Color = "red"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

type HandlerFunc func(int) int

type Stringer interface{ String() string }

type V struct{ n int }

func (v V) String() string { return "v" }
func (v *V) Set(n int)     { v.n = n }

type W struct {
	*V
	S Stringer
}

var sink interface{}

func f(x interface{}) { sink = x }
func two() (int, string) { return 1, "a" }

func main() {
	f(Red)
	f(Monday)
	f(HandlerFunc(func(i int) int { return i }))
	var x interface{} = 1
	f(any(x))
	f(any(3))
	f([...]int{1, 2})
	f([]byte("xyz"))
	f([][]int{{1}, {2}})
	f(fmt.Errorf("bad %d: %w", 3, errors.New("x")))
	f(errors.New("y"))
	vv := &V{}
	f(vv.String)
	f(V.String)
	f((*V).Set)
	f(V.String(*vv))
	var w W
	f(w.String())
	f(w.S.String())
	f(w.n)
	f(&w.n)
	a := []int{1}
	f(&a[0])
	f(*&a)
	f(strings.ToUpper)
	f(len("abc"))
	f(math.Pi)
	f(math.MaxInt64)
	f(uint64(math.MaxUint64))
	f(1e100)
	f(-1.5e-9)
	f(complex64(1 + 2i))
	f(0.1)
	f(1 << 62)
	f("this is a very long string constant that goes on and on and on past seventy-two characters")
	var st Stringer = vv
	f(st.(*V))
	f(Stringer(vv))
	f(error(nil))
	e := errors.New("z")
	f(e.Error())
	m := map[[2]int]string{}
	f(m[[2]int{1, 2}])
	f(fmt.Sprint(two()))
	type local struct{ a int }
	f(local{1})
	f(&local{})
	b := []byte("q")
	f(string(b[:1]))
	var r rune = 'x'
	f(string(r))
	f(copy(b, "z"))
	f(uint8(200))
	f(int8(-3))
	f('\x00')
	f('\'')
	f("\u00e9\u200b")
	f(true && false)
	var pw *W
	f(pw.V.n)
	f(-(-vv.n))
	f(^(^vv.n))
	f(!(!true))
	c := make(chan int, 1)
	f(<-c + 1)
	f(vv.n + len(a)*2 - 3%2)
	f(vv.n/2 &^ 1 | 4)
}
