package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		re, isRuntime := r.(runtime.Error)
		fmt.Printf("%s: %T runtime=%t\n", name, r, isRuntime)
		if isRuntime {
			fmt.Println("  ", re.Error())
		} else {
			fmt.Println("  ", r)
		}
	}()
	f()
}

type T struct{ x int }

func main() {
	var s []int
	var m map[string]int
	var p *T
	zero := 0
	try("index", func() { _ = s[3] })
	try("slice", func() { _ = s[1:] })
	try("slice3", func() { a := make([]int, 5); lo := 4; _ = a[lo:2] })
	try("strindex", func() { str := "abc"; i := 5; _ = str[i] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilptr", func() { p.x = 1 })
	try("divzero", func() { _ = 10 / zero })
	try("modzero", func() { _ = 10 % zero })
	try("assert", func() { var i interface{} = 1; _ = i.(string) })
	try("assert-iface", func() { var i interface{} = 1; _ = i.(fmt.Stringer) })
	try("makeslice", func() { n := -1; _ = make([]int, n) })
	try("conv", func() { x := []int{1}; _ = [3]int(x) })
	try("custom", func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	try("nil-panic", func() { panic(nil) })
	try("closed-over", func() { arr := [3]int{}; i := 3; arr[i%4] = 1 })
}
