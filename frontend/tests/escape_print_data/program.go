package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Op func(int, int) int

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Circle struct{ R float64 }

func (c *Circle) Area() float64      { return 3.14 * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * 3.14 * c.R }

type MyErr struct {
	Code int
	Msg  string
}

func (e *MyErr) Error() string { return strconv.Itoa(e.Code) + ": " + e.Msg }

func find(xs []int, x int) (int, error) {
	for i, v := range xs {
		if v == x {
			return i, nil
		}
	}
	return -1, &MyErr{Code: 404, Msg: "not found " + strconv.Itoa(x)}
}

func counter() func() int {
	c := 0
	return func() int {
		c++
		return c
	}
}

func apply(op Op, a, b int) int { return op(a, b) }

func describe(s Shape) string {
	return fmt.Sprintf("area=%.2f perim=%.2f", s.Area(), s.Perimeter())
}

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s *Stack) Pop() (int, bool) {
	if len(s.items) == 0 {
		return 0, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	next := counter()
	fmt.Println(next(), next())
	ops := map[string]Op{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	keys := make([]string, 0, len(ops))
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, apply(ops[k], 3, 4))
	}
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	people := []struct {
		Name string
		Age  int
	}{{"Al", 30}, {"Bo", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people[0].Name)
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strconv.Itoa(i))
		sb.WriteByte(',')
	}
	fmt.Println(sb.String())
	_, err := find([]int{1, 2, 3}, 5)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("code", me.Code, err)
	}
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(errors.Unwrap(wrapped) == err)
	st := &Stack{}
	st.Push(1)
	st.Push(2)
	if v, ok := st.Pop(); ok {
		fmt.Println("popped", v)
	}
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
	}
	total := 0
	for _, row := range grid {
		for _, c := range row {
			total += c
		}
	}
	fmt.Printf("%d %v %s %q\n", total, grid, "x", 'y')
	words := strings.Fields("a b  c")
	fmt.Println(len(words), strings.Join(words, "-"), strings.Repeat("ab", 2))
	b := []byte("hello")
	b[0] = 'H'
	fmt.Println(string(b), b[1:3], string(b[1:]))
	var iface interface{} = 42
	switch v := iface.(type) {
	case int:
		fmt.Println("int", v+1)
	case string:
		fmt.Println("string", v)
	}
	m := map[string][]int{}
	m["a"] = append(m["a"], 1)
	fmt.Println(m, len(m["a"]))
	panic(fmt.Sprintf("boom %d", 1))
}
