package main

import "fmt"

type Counter[T ~int] struct{ n T }

func (c Counter[T]) Show(tag string) { fmt.Println(tag, c.n) }
func (c *Counter[T]) Inc()           { c.n++ }

type Wrapper[T any] struct{ items []T }

func (w Wrapper[T]) Len(tag string) { fmt.Println(tag, len(w.items)) }

func Run[T ~int]() {
	var c Counter[T]
	defer c.Show("deferred value receiver (copy at defer):")
	defer (&c).Show("deferred via pointer (copy at defer):")
	pc := &c
	defer func() { pc.Show("closure sees final:") }()
	show := c.Show
	c.Inc()
	c.Inc()
	show("method value bound before Inc:")
	c.Show("now:")
	inc := c.Inc
	inc()
	c.Show("after bound pointer method:")
	var w Wrapper[string]
	defer w.Len("wrapper at defer:")
	w.items = append(w.items, "a", "b")
	w.Len("wrapper now:")
	for i := 0; i < 2; i++ {
		defer Counter[T]{T(i)}.Show("loop defer:")
	}
}

func main() {
	Run[int]()
}
