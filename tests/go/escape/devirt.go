// Devirtualization: when gc can see the only concrete type an interface variable ever holds,
// it calls the method directly (`devirtualizing s.M to T`) and the boxed value can stay in
// the frame.
package main

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" } // ERROR "d does not escape$"

type Cat struct{ lives int }

func (c *Cat) Sound() string { return "meow" } // ERROR "c does not escape$"

type Adder interface{ Add(int) }

type Sum struct{ total int }

func (s *Sum) Add(v int) { s.total += v } // ERROR "s does not escape$"

func dogSound() string {
	var a Animal = Dog{name: "rex"} // ERROR "Dog\{\.\.\.\} does not escape$"
	return a.Sound() // ERROR "devirtualizing a\.Sound to Dog$"
}

func catSound() string {
	c := Cat{lives: 9}
	var a Animal = &c
	return a.Sound() // ERROR "devirtualizing a\.Sound to \*Cat$"
}

func reassigned(flag bool) string {
	var a Animal = Dog{} // ERROR "Dog\{\} escapes to heap$"
	if flag {
		a = &Cat{} // ERROR "&Cat\{\} escapes to heap$"
	}
	return a.Sound()
}

func adderLoop() int {
	s := Sum{}
	var ad Adder = &s
	for i := 0; i < 4; i++ {
		ad.Add(i) // ERROR "devirtualizing ad\.Add to \*Sum$"
	}
	return s.total
}

func viaParam(a Animal) string { // ERROR "leaking param: a$"
	return a.Sound()
}

func shortDecl() string {
	a := Animal(Dog{name: "fido"}) // ERROR "Animal\(Dog\{\.\.\.\}\) does not escape$"
	return a.Sound() // ERROR "devirtualizing a\.Sound to Dog$"
}

func main() {
	_ = dogSound()
	_ = catSound()
	_ = reassigned(true)
	_ = adderLoop()
	_ = viaParam(Dog{}) // ERROR "Dog\{\} escapes to heap$"
	_ = shortDecl()
}
