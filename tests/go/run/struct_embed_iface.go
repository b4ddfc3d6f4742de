package main

import (
	"fmt"
	"sort"
)

type Logger interface{ Log(string) }

type prefixLogger struct {
	prefix string
	lines  *[]string
}

func (p prefixLogger) Log(s string) { *p.lines = append(*p.lines, p.prefix+s) }

type Service struct {
	Logger
	name string
}

func (s Service) Run() { s.Log("running " + s.name) }

type reverseSorter struct{ sort.Interface }

func (r reverseSorter) Less(i, j int) bool { return r.Interface.Less(j, i) }

type Base struct{ id int }

func (b *Base) ID() int     { return b.id }
func (b *Base) SetID(i int) { b.id = i }

type Derived struct {
	*Base
	label string
}

func main() {
	var lines []string
	s := Service{prefixLogger{"[svc] ", &lines}, "alpha"}
	s.Run()
	s.Log("direct")
	var l Logger = s
	l.Log("as interface")
	fmt.Println(lines)
	xs := []int{3, 1, 4, 1, 5, 9, 2, 6}
	sort.Sort(reverseSorter{sort.IntSlice(xs)})
	fmt.Println(xs)
	d := Derived{&Base{7}, "d"}
	d.SetID(8)
	fmt.Println(d.ID(), d.Base.id)
	d2 := d
	d2.SetID(9)
	fmt.Println(d.ID(), d2.ID())
	var empty Derived
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(empty.ID())
	}()
	var nilSvc Service
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nilSvc.Run()
	}()
}
