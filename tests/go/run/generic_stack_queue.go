package main

import (
	"errors"
	"fmt"
)

type Stack[T any] struct {
	items []T
}

func NewStack[T any](xs ...T) *Stack[T] {
	s := &Stack[T]{}
	for _, x := range xs {
		s.Push(x)
	}
	return s
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

func (s Stack[T]) Peek() T { return s.items[len(s.items)-1] }

func (s *Stack[T]) Clone() *Stack[T] {
	c := &Stack[T]{items: make([]T, len(s.items))}
	copy(c.items, s.items)
	return c
}

type Queue[T any] struct {
	head, tail []T
}

func (q *Queue[T]) Enqueue(xs ...T) { q.tail = append(q.tail, xs...) }

func (q *Queue[T]) Dequeue() (T, error) {
	if len(q.head) == 0 {
		for len(q.tail) > 0 {
			n := len(q.tail) - 1
			q.head = append(q.head, q.tail[n])
			q.tail = q.tail[:n]
		}
	}
	if len(q.head) == 0 {
		var zero T
		return zero, errors.New("empty queue")
	}
	n := len(q.head) - 1
	x := q.head[n]
	q.head = q.head[:n]
	return x, nil
}

func (q Queue[T]) Size() int { return len(q.head) + len(q.tail) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("myErr(%d)", e.code) }

func main() {
	s := NewStack(1, 2, 3)
	s.Push(4)
	fmt.Println(s.Len(), s.Peek())
	for {
		x, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(x, " ")
	}
	fmt.Println()
	x, ok := s.Pop()
	fmt.Println(x, ok, s.Len())

	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	c := ss.Clone()
	c.Push("c")
	fmt.Println(ss.Len(), c.Len(), c.items, ss.items)
	fmt.Printf("%v %+v\n", ss, *c)

	// interface type arguments
	var as Stack[any]
	as.Push(1)
	as.Push("two")
	as.Push(3.0)
	as.Push(nil)
	as.Push([]int{4})
	for as.Len() > 0 {
		v, _ := as.Pop()
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()

	es := NewStack[error](errors.New("first"), &myErr{7})
	es.Push(nil)
	for es.Len() > 0 {
		e, _ := es.Pop()
		fmt.Println(e == nil, e)
	}

	// pointer type argument
	ps := NewStack[*int]()
	for i := 0; i < 3; i++ {
		v := i * 10
		ps.Push(&v)
	}
	p, _ := ps.Pop()
	*p += 1
	fmt.Println(*p, *ps.Peek(), ps.Len())
	np, ok := NewStack[*int]().Pop()
	fmt.Println(np == nil, ok)

	var q Queue[string]
	q.Enqueue("x", "y")
	q.Enqueue("z")
	fmt.Println(q.Size())
	for i := 0; i < 4; i++ {
		v, err := q.Dequeue()
		fmt.Printf("%q %v\n", v, err)
	}
	qi := &Queue[int]{}
	for i := 0; i < 5; i++ {
		qi.Enqueue(i)
		if i%2 == 1 {
			v, _ := qi.Dequeue()
			fmt.Print(v, ";")
		}
	}
	fmt.Println(qi.Size())

	// nested: stack of stacks
	st := NewStack(NewStack(1), NewStack(2, 3))
	top, _ := st.Pop()
	fmt.Println(top.Len(), top.Peek(), st.Len())
	sq := Stack[Queue[int]]{}
	sq.Push(Queue[int]{tail: []int{9}})
	fmt.Println(sq.Peek().Size())
}
