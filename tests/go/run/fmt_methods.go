package main

import (
	"errors"
	"fmt"
)

type S struct{ N int }

func (s S) String() string {
	if s.N == 99 {
		var m map[string]int
		m["a"] = 1
	}
	return fmt.Sprintf("S<%d>", s.N)
}

type PS struct{ N int }

func (s *PS) String() string { return fmt.Sprintf("PS<%d>", s.N) }

type E struct{ N int }

func (E) Error() string  { return "an error" }
func (E) String() string { return "str" }

type W struct {
	X S
	y S
	I any
}

type Q struct{ p *int }

func (q Q) String() string { return fmt.Sprint(*q.p) }

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type G struct{ A int }

func (g G) GoString() string { return "G!" }

type Pair struct {
	K string
	V Color
}

func main() {
	fmt.Println(Q{})
	fmt.Printf("%v|%d|%s|%x\n", Green, Green, Color(7), Red)
	fmt.Println([]Color{Red, Green}, map[Color]int{Green: 2, Red: 1})
	fmt.Println(Temp(21.55), []Temp{1, 2})
	fmt.Printf("%#v %v\n", G{1}, G{2})
	fmt.Printf("%v %+v\n", Pair{"a", Green}, []Pair{{"b", Red}})
	fmt.Printf("%v %s\n", []error{errors.New("e1"), nil}, errors.New("e2"))

	s := S{5}
	fmt.Printf("%v %s %d %q\n", s, s, s, s)
	fmt.Printf("%v|%x\n", S{99}, s)
	fmt.Print(E{1}, "\n")
	var pn *PS
	fmt.Print(pn, &PS{5}, "\n")
	w := W{S{3}, S{4}, nil}
	fmt.Printf("%v %+v\n", w, w)
	fmt.Print([]any{s, E{1}}, "\n")
	err := fmt.Errorf("x %w %w %w", E{1}, 1, E{1})
	fmt.Println(err, errors.Unwrap(err))
	fmt.Printf("%T\n", err)
	err2 := fmt.Errorf("y %w", E{2})
	fmt.Printf("%T %v\n", err2, errors.Unwrap(err2))
	fmt.Printf("%T\n", fmt.Errorf("z"))
	fmt.Printf("%d %%", 1, "a")
	fmt.Println()
	fmt.Printf("%v\n", struct{ p *int }{})
	fmt.Printf("%s\n", struct{ A []byte }{[]byte("hi")})
	type T struct{ A, B int }
	fmt.Printf("%v %+v %#v\n", &T{1, 2}, &T{1, 2}, &T{1, 2})
	fmt.Printf("%v\n", []*T{})
	fmt.Printf("%v %v\n", [][]int{{1}, {2, 3}}, map[int][]string{2: {"a"}, 1: nil})
	var ee error
	fmt.Printf("%v %#v\n", ee, ee)
	fmt.Println(map[bool]int{true: 1, false: 0}, map[[2]int]string{{2, 1}: "x", {1, 2}: "y"})
	fmt.Printf("%v %d\n", int8(-5), uint8(200))
	fmt.Printf("%08.3e|%-8.2g|%+v\n", 3.0, 2.0, -0.0)
	fmt.Printf("%c|%5c|%-3c|%q\n", 'é', 'x', 'y', 0x10FFFF+1)
	fmt.Printf("%6.2f%%\n", 12.345)
	fmt.Printf("%s %v\n", errors.New("plain"), &s)
}
