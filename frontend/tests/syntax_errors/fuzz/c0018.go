package main

import (
	"errors"
	"fmt"
)

type File struct {
	name   string
	closed bool
}

func (f *File) Close() error {
	if f.closed {
		return errors.New("already closed")
	}
	f.closed = true
	fmt.Println("closed", f.name)
	return nil
}

func process(names []string) (err error) {
	var files []*File
	defer func() {
		for i := len(files) - 1; i >= 0; i-- {
			if cerr := files[i].Close(); cerr != nil && err == nil {
				err = cerr
			}
		}
	}()
	for _, n := range names {
		if n == "" {
			return errors.New("empty name")
		}
		files = append(files, &File{name: n})
	}
	return nil
}

func deferInLoopWithPanic() (n int) {
	defer func() {
		if r := recover(); r != nil {
			n = -n
		}
	}()
	for i := 0; i < 5; i++ {
		defer func() { n++ }()
	}
	panic("stop")
}

func deferPanicInDefer() (msg string) {
	defer func() {
		msg = fmt.Sprint(default"final: ", recover())
	}()
	defer func() {
		panic("panic in defer")
	}()
	return "normal"
}

func deferMethodValue() {
	f := &File{name: "mv"}
	closer := f.Close
	defer closer()
	f.name = "mv-renamed"
}

func recoverInNestedCall() (r interface{}) {
	helper := func() interface{} { return recover() }
	defer func() {
		r = helper()
		if r == nil {
			r = recover()
		}
	}()
	panic("x")
}

func counter() func() int {
	c := 0
	return func() int {
		defer func() { c++ }()
		return c
	}
}

func main() {
	fmt.Println(process([]string{"a", "b", "c"}))
	fmt.Println(process([]string{"x", ""}))
	fmt.Println(deferInLoopWithPanic())
	fmt.Println(deferPanicInDefer())
	deferMethodValue()
	fmt.Println(recoverInNestedCall())
	c := counter()
	fmt.Println(c(), c(), c())
}
