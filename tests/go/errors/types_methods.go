package main

type Stack struct{ items []int }

func (s *Stack) Push(v int) { s.items = append(s.items, v) }
func (s Stack) Len() int    { return len(s.items) }
func (s Stack) Len() int    { return 0 } // ERROR "method Stack\.Len already declared at \./types_methods\.go:6:16"

func (int) Bad() {} // ERROR "cannot define new methods on non-local type int"

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

func main() {
	Stack{}.Push(2) // ERROR "cannot call pointer method Push on Stack"
	m := map[string]Stack{}
	m["a"].items = nil // ERROR "cannot assign to struct field m\[\"a\"\]\.items in map"
	var p *Stack
	p.Pop() // ERROR "p\.Pop undefined \(type \*Stack has no field or method Pop\)"
	var sh Shape = Sq{2} // ERROR "cannot use Sq\{…\} \(value of struct type Sq\) as Shape value in variable declaration: Sq does not implement Shape \(method Area has pointer receiver\)"
	_ = sh
	_ = Stack.Push // ERROR "invalid method expression Stack\.Push \(needs pointer receiver \(\*Stack\)\.Push\)"
}
