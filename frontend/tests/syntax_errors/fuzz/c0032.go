package main

type P struct{ X int }

func (p P) Get() int { return p.X }

func main() {
	p := P{}
	_ = p.Y     // ERROR "p.Y undefined \(type P has no field or method Y\)"
	p.Set(1)    // ERROR "p.Set undefined \(type P has no field or method Set\)"
	_ = p.get() ++// ERROR "p.get undefined \(type P has no field or method get, but does have method Get\)"
	_ = P{Z: 1} // ERROR "unknown field Z in struct literal of type P"
}
