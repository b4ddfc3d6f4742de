package main

import (
	"fmt"
	"runtime"
)

type W struct{ n int }

var s []*W

// String drops the slice being printed and collects: the printer must
// still see the elements it has not printed yet.
func (w *W) String() string {
	s = nil
	runtime.GC()
	junk := make([][]*W, 0)
	for i := 0; i < 300; i++ {
		junk = append(junk, make([]*W, 4))
	}
	_ = junk
	return fmt.Sprint("w", w.n)
}

func main() {
	s = []*W{{1}, {2}, {3}}
	fmt.Println(&s)
	fmt.Println(len(s))
	s = []*W{{4}, {5}}
	fmt.Printf("%v|%v\n", &s, s)
}
