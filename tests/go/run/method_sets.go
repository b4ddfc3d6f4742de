package main

import "fmt"

type Mover interface{ Move(int) }
type Namer interface{ Name() string }

type Car struct {
	name string
	pos  int
}

func (c *Car) Move(d int)    { c.pos += d }
func (c Car) Name() string { return c.name }

type Fleet struct {
	*Car
}

type Parked struct {
	Car
}

func moveAll(ms []Mover, d int) {
	for _, m := range ms {
		m.Move(d)
	}
}

func main() {
	c := &Car{name: "a"}
	var m Mover = c
	m.Move(3)
	var n Namer = c
	var n2 Namer = *c
	fmt.Println(c.pos, n.Name(), n2.Name())
	f := Fleet{&Car{name: "fleet"}}
	var fm Mover = f
	fm.Move(5)
	fmt.Println(f.pos, f.Name())
	p := &Parked{Car{name: "parked"}}
	var pm Mover = p
	pm.Move(7)
	fmt.Println(p.pos)
	var v interface{} = Parked{}
	_, ok := v.(Mover)
	_, ok2 := v.(Namer)
	fmt.Println(ok, ok2)
	var pv interface{} = &Parked{}
	_, ok = pv.(Mover)
	fmt.Println(ok)
	cars := []*Car{{name: "x"}, {name: "y"}}
	ms := []Mover{cars[0], cars[1]}
	moveAll(ms, 2)
	fmt.Println(cars[0].pos, cars[1].pos)
	vals := []Car{{name: "v"}}
	vals[0].Move(1)
	fmt.Println(vals[0].pos)
}
