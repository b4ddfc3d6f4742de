package main

import (
	"fmt"
	"runtime"
)

type K int

type W struct{ n int }

var m map[K]*W

func (w *W) String() string {
	for i := 0; i < 2000; i++ {
		m[K(1000+i+w.n*10000)] = nil
	}
	runtime.GC()
	junk := make([][]byte, 0)
	for i := 0; i < 200; i++ {
		junk = append(junk, make([]byte, 64))
	}
	_ = junk
	return fmt.Sprint("w", w.n)
}

func main() {
	m = map[K]*W{1: {1}, 2: {2}, 3: {3}}
	fmt.Println(m)
	fmt.Println(len(m))
}
