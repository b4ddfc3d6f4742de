package main

import (
	"fmt"
	"runtime"
)

//go:noinline
func f(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i) // frame
	}
	return len(s) + cap(s)*100
}

//go:noinline
func g(n int) int {
	s := make([]int, 0, 2)
	for i := 0; i < n; i++ {
		s = append(s, i) // frame
	}
	return len(s) + cap(s)*100
}

//go:noinline
func h(w string) string {
	var b []byte
	b = append(b, w...) // frame
	b = append(b, '!')
	return string(b)
}

func main() {
	for _, n := range []int{1, 3, 4, 5, 9} {
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b := m.Mallocs
		r := f(n)
		r2 := g(n)
		runtime.ReadMemStats(&m)
		fmt.Println(n, r, r2, m.Mallocs-b)
	}
	fmt.Println(h("hello"), h("a much longer word than thirty-two bytes, really"))
	s := []string{}
	s = append(s, "x")
	fmt.Println(len(s), cap(s))
}
