package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func safeIndex(s []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(error); ok {
				err = re
			}
			v = -1
		}
	}()
	return s[i], nil
}

type custom struct{ code int }

func panicky(kind int) {
	switch kind {
	case 0:
		panic("string panic")
	case 1:
		panic(errors.New("error panic"))
	case 2:
		panic(custom{7})
	case 3:
		var m map[string]int
		m["x"] = 1
	case 4:
		var p *custom
		fmt.Println(p.code)
	case 5:
		var i interface{} = "s"
		_ = i.(int)
	}
}

func catch(kind int) {
	defer func() {
		r := recover()
		_, isErr := r.(error)
		fmt.Printf("kind %d: error=%t %v\n", kind, isErr, r)
	}()
	panicky(kind)
	fmt.Println("not reached")
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got: ", r)
	}()
	defer func() {
		r := recover()
		panic(fmt.Sprint("re-panic of ", r))
	}()
	panic("first")
}

func recoverNotInDefer() interface{} { return recover() }

func deferredNoPanic() {
	defer func() { fmt.Println("recover with no panic:", recover()) }()
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(safeIndex([]int{1, 2}, 5))
	for k := 0; k <= 5; k++ {
		catch(k)
	}
	fmt.Println(nested())
	fmt.Println(recoverNotInDefer())
	deferredNoPanic()
	func() {
		defer func() { fmt.Println("second:", recover()) }()
		defer func() { fmt.Println("first defer runs") }()
		panic(42)
	}()
	fmt.Println("main continues")
}
