package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type MyInt int

func (m MyInt) Double() MyInt   { return m * 2 }
func (m *MyInt) Set(v int)      { *m = MyInt(v) }
func (m MyInt) IsZero() bool    { return m == 0 }

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type Fn func(int) int

func (f Fn) Twice(x int) int { return f(f(x)) }

type Grid [2][2]int

func (g *Grid) Set(i, j, v int) { g[i][j] = v }

func main() {
	c := Counter{}
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	pc := &c
	pc.Inc()
	fmt.Println(pc.Get(), c.n)
	cs := []Counter{{1}, {2}}
	cs[0].Inc()
	fmt.Println(cs)
	for _, x := range cs {
		x.Inc()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].Inc()
	}
	fmt.Println(cs)
	var m MyInt = 21
	fmt.Println(m.Double(), m.IsZero())
	m.Set(0)
	fmt.Println(m, m.IsZero())
	var s Stack
	s.Push(1)
	s.Push(2)
	s.Push(3)
	popped := s.Pop()
	fmt.Println(popped, s.Len(), s)
	f := Fn(func(x int) int { return x + 3 })
	fmt.Println(f.Twice(1))
	var g Grid
	g.Set(1, 0, 5)
	fmt.Println(g)
	mp := map[string]*Counter{"a": {}}
	mp["a"].Inc()
	fmt.Println(mp["a"].Get())
}
