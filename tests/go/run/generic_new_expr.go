package main

import (
	"fmt"
	"runtime"
)

// Go 1.26: new(expr) allocates a variable initialised to expr.
func Ptr[T any](v T) *T { return new(v) }

type Config struct {
	Name    *string
	Retries *int
	Tags    *[]string
}

type Big struct {
	arr [40]int
	s   string
}

func escapeLocal() **int {
	x := 5
	return new(&x) // x escapes through the new object
}

func keepAll(n int) []*[]int {
	var out []*[]int
	for i := 0; i < n; i++ {
		out = append(out, new([]int{i, i * i}))
	}
	return out
}

func local() int {
	sum := 0
	for i := 0; i < 5; i++ {
		p := new(i * 10) // may live in the frame: re-initialised each iteration
		*p += 1
		sum += *p
	}
	return sum
}

func main() {
	p := new(42)
	s := new("str")
	*p++
	fmt.Println(*p, *s)
	c := Config{Name: new("svc"), Retries: Ptr(3), Tags: new([]string{"a", "b"})}
	fmt.Println(*c.Name, *c.Retries, *c.Tags)
	fmt.Printf("%T %T %T %T\n", p, new(2.5), Ptr[uint8](1), new(any(1)))
	q := Ptr([]int{1})
	*q = append(*q, 2)
	fmt.Println(*q)

	pp := escapeLocal()
	runtime.GC()
	**pp += 10
	fmt.Println(**pp)

	all := keepAll(200)
	runtime.GC()
	junk := make([][]byte, 0)
	for i := 0; i < 1000; i++ {
		junk = append(junk, make([]byte, 256))
	}
	total := 0
	for _, v := range all {
		total += (*v)[0] + (*v)[1]
	}
	fmt.Println(len(all), total, len(junk))

	fmt.Println(local())
	b := new(Big{s: "big", arr: [40]int{39: 7}})
	fmt.Println(b.s, b.arr[39])
	iv := new(any("boxed"))
	fmt.Println(*iv)
	x := 1
	px := new(x)
	x = 2
	fmt.Println(*px, x)
	var f func() int = func() int { return 9 }
	fp := new(f)
	fmt.Println((*fp)())
}
