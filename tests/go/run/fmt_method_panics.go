package main

import (
	"errors"
	"fmt"
)

type B struct{ n int }

func (b B) String() string {
	defer func() {}()
	if b.n > 0 {
		panic(fmt.Sprintf("bad %d", b.n))
	}
	return "ok"
}

type EP struct{}

func (e *EP) Error() string { panic(errors.New("inner")) }

func f() (r string) {
	defer func() {
		if x := recover(); x != nil {
			r = fmt.Sprint("recovered ", x)
		}
	}()
	fmt.Println(B{1}, B{0}, B{2})
	panic("real")
}

func main() {
	fmt.Println(B{0}, B{3})
	fmt.Println(f())
	var e error = &EP{}
	fmt.Printf("%v|%s|%d\n", e, e, e)
	var np *EP
	fmt.Println(np)
	fmt.Println(B{5})
}
