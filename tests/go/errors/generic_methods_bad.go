package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Peek() T { return s.items[0] }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func main() {
	var s Stack[int]
	s.Push("x")                              // ERROR "cannot use \"x\" \(untyped string constant\) as int value in argument to s.Push"
	var t string = s.Peek()                  // ERROR "cannot use s.Peek\(\) \(value of type int\) as string value in variable declaration"
	s.Pop()                                  // ERROR "s.Pop undefined \(type Stack\[int\] has no field or method Pop\)"
	p := Pair[string, int]{Key: 1, Val: "v"} // ERROR "cannot use 1 \(untyped int constant\) as string value in struct literal" "cannot use \"v\" \(untyped string constant\) as int value in struct literal"
	var q Pair[int, string] = p              // ERROR "cannot use p \(variable of struct type Pair\[string, int\]\) as Pair\[int, string\] value in variable declaration"
	_, _ = t, q
	var ss Stack[string] = Stack[int]{} // ERROR "cannot use Stack\[int\]\{\} \(value of struct type Stack\[int\]\) as Stack\[string\] value in variable declaration"
	_ = ss
}
