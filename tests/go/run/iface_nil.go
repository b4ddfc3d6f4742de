package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Speaker interface{ Speak() string }
type Dog struct{}

func (d *Dog) Speak() string {
	if d == nil {
		return "silent nil dog"
	}
	return "woof"
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1)
	e2 := correct(false)
	fmt.Println(e2 == nil, e2)
	e3 := mayFail(true)
	fmt.Println(e3 == nil, e3)
	var d *Dog
	var s Speaker = d
	fmt.Println(s == nil, s.Speak(), d == nil)
	s = nil
	fmt.Println(s == nil)
	var i interface{} = (*int)(nil)
	fmt.Println(i == nil, i)
	var j interface{}
	fmt.Println(j == nil, j)
	fmt.Printf("%T %v|%T %v\n", i, i, j, j)
	var target *MyErr
	ok := errors.As(e3, &target)
	fmt.Println(ok, target.msg)
	fmt.Println(errors.Is(e1, nil), e1 != nil)
	var errNil error
	fmt.Printf("[%v] [%T]\n", errNil, errNil)
}
