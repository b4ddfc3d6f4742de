package main

import (
	"fmt"
	"math"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Counter struct{ n int }

func (c Counter) Value() int { return c.n }
func (c *Counter) Inc()      { c.n++ }

func main() {
	var s Shape = Rect{2, 3}
	area := s.Area
	s = Rect{10, 10}
	fmt.Println(area(), s.Area())
	areaOf := Shape.Area
	fmt.Println(areaOf(Rect{4, 5}), Shape.Name(Rect{}))
	c := Counter{}
	val := c.Value
	inc := c.Inc
	inc()
	inc()
	fmt.Println(val(), c.Value(), c.n)
	pc := &c
	pval := pc.Value
	pc.Inc()
	fmt.Println(pval(), pc.Value())
	fns := map[string]func(string) string{
		"upper": strings.ToUpper,
		"trim":  strings.TrimSpace,
		"title": func(s string) string { return strings.ToUpper(s[:1]) + s[1:] },
	}
	for _, k := range []string{"upper", "trim", "title"} {
		fmt.Printf("%s(%q) = %q\n", k, " go ", fns[k](" go "))
	}
	var b strings.Builder
	write := b.WriteString
	write("a")
	write("b")
	fmt.Println(b.String())
	type op struct {
		name string
		f    func(float64, float64) float64
	}
	ops := []op{{"add", func(a, b float64) float64 { return a + b }}, {"max", math.Max}}
	for _, o := range ops {
		fmt.Println(o.name, o.f(2, 3))
	}
}
