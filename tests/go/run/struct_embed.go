package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Sound() string    { return "..." }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Sound() string { return "woof" }

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Animal
	Name string
}

type Inner struct{ V int }
type Middle struct{ Inner }
type Outer struct{ Middle }

func main() {
	d := Dog{Animal{"rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	fmt.Println(d.Sound(), d.Animal.Sound())
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name)
	fmt.Printf("%+v\n", d)
	s := Service{&Logger{"[svc] "}, Animal{"cat", 4}, "svc"}
	s.Log("started")
	fmt.Println(s.Name, s.Animal.Name, s.Describe())
	o := Outer{}
	o.V = 42
	fmt.Println(o.V, o.Middle.V, o.Middle.Inner.V, o)
	d2 := d
	d2.Legs = 3
	fmt.Println(d == d2, d.Legs, d2.Legs)
	type Named struct {
		Animal
		Extra int
	}
	n := Named{Animal: Animal{Name: "n"}, Extra: 1}
	fmt.Printf("%+v\n", n)
}
