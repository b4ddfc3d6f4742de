package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var rs []func() string
	for _, s := range []string{"a", "b", "c"} {
		rs = append(rs, func() string { return s })
	}
	for _, f := range rs {
		fmt.Print(f())
	}
	fmt.Println()
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, f := range gs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var counters []func() int
	for i := range 3 {
		counters = append(counters, func() int { i += 10; return i })
	}
	fmt.Println(counters[0](), counters[0](), counters[1](), counters[2]())
	m := map[string]int{"k": 1}
	var mf []func() int
	for _, v := range m {
		mf = append(mf, func() int { return v })
	}
	fmt.Println(mf[0]())
}
