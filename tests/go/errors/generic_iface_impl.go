package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) {}

type Lenner interface{ Len() int }

type Pusher[T any] interface{ Push(T) }

func Use[T fmt.Stringer](x T) {}

func main() {
	Stack[int]{}.Push(1)                 // ERROR "cannot call pointer method Push on Stack\[int\]"
	var l Lenner = Stack[int]{}          // ERROR "Stack\[int\] does not implement Lenner \(missing method Len\)"
	var p Pusher[int] = Stack[int]{}     // ERROR "Stack\[int\] does not implement Pusher\[int\] \(method Push has pointer receiver\)"
	var q Pusher[string] = &Stack[int]{} // ERROR "\*Stack\[int\] does not implement Pusher\[string\] \(wrong type for method Push\)"
	var s Stack[int]
	s.items = append(s.items, "x") // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to append"
	_ = s.nope                     // ERROR "s.nope undefined \(type Stack\[int\] has no field or method nope\)"
	Use[*Stack[int]](nil)          // ERROR "\*Stack\[int\] does not satisfy fmt.Stringer \(missing method String\)"
	_, _, _ = l, p, q
}
