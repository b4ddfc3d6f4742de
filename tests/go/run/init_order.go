package main

import "fmt"

var (
	a = c + b
	b = f("b")
	c = f("c")
	d = 3
)

var total int

func f(name string) int {
	fmt.Println("init", name, d)
	return d + len(name)
}

var table = buildTable()

func buildTable() map[string]int {
	fmt.Println("building table, a =", a)
	return map[string]int{"a": a, "b": b}
}

func init() {
	fmt.Println("init #1", a, b, c)
	total += a
}

func init() {
	fmt.Println("init #2")
	total *= 2
}

var counter = func() func() int {
	n := 0
	return func() int { n++; return n }
}()

func main() {
	fmt.Println("main", a, b, c, d, total, table)
	fmt.Println(counter(), counter())
}
