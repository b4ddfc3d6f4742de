package main

import (
	"errors"
	"fmt"
	"os"
)

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Vec struct{ X, Y int }

func (v *Vec) String() string { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }

type Err struct{ Code int }

func (e Err) Error() string { return fmt.Sprintf("err code %d", e.Code) }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as stringer" }

type Gopher struct{ Name string }

func (g Gopher) GoString() string { return "Gopher(" + g.Name + ")" }

type Wrapper struct {
	C Celsius
	V Vec
	P *Vec
}

type Color int

func (c Color) String() string { return [...]string{"R", "G", "B"}[c] }

func main() {
	c := Celsius(21.55)
	fmt.Println(c)
	fmt.Printf("%v|%s|%d|%.2f|%q|%x\n", c, c, c, c, c, c)
	v := Vec{1, 2}
	fmt.Println(v, &v)
	fmt.Printf("%v %v %+v\n", v, &v, &v)
	e := Err{404}
	fmt.Println(e)
	fmt.Printf("%v|%s|%+v|%#v\n", e, e, e, e)
	var err error = e
	fmt.Println(err, errors.New("plain"))
	fmt.Println(Both{})
	fmt.Printf("%v %#v\n", Gopher{"g"}, Gopher{"g"})
	w := Wrapper{1.5, Vec{3, 4}, &Vec{5, 6}}
	fmt.Printf("%v\n%+v\n", w, w)
	fmt.Println([]Celsius{1, 2}, map[string]Celsius{"a": 3})
	fmt.Println([]Color{0, 1, 2}, map[Color]int{2: 1, 0: 5})
	fmt.Println(Color(1) + 1)
	fmt.Fprintln(os.Stdout, "to stdout:", c, e)
	fmt.Fprintf(os.Stdout, "%s and %v\n", Color(0), []error{e, nil})
	s := fmt.Sprintf("%v", []fmt.Stringer{c, &v})
	fmt.Println(s, len(s))
	fmt.Printf("%s\n", []interface{}{c, e, 5})
}
