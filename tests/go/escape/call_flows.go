// Flows through calls: the callee's summary decides what happens to the caller's values
// (a parameter that flows to a result makes the argument escape exactly when the result does).
package main

type Node struct{ v int }

var sink *Node
var sinkInt *int

func identity(n *Node) *Node { return n } // ERROR "leaking param: n to result ~r0 level=0$"

func pick(a, b *Node, first bool) *Node { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r0 level=0$"
	if first {
		return a
	}
	return b
}

func readOnly(n *Node) int { return n.v } // ERROR "n does not escape$"

func keep(n *Node) { sink = n } // ERROR "leaking param: n$"

func viaIdentityLocal() int {
	n := Node{v: 1}
	return identity(&n).v
}

func viaIdentityGlobal() {
	n := Node{v: 2} // ERROR "moved to heap: n$"
	sink = identity(&n)
}

func viaIdentityReturned() *Node {
	n := Node{v: 3} // ERROR "moved to heap: n$"
	return identity(&n)
}

func viaPick() {
	a, b := Node{v: 4}, Node{v: 5} // ERROR "moved to heap: a$" "moved to heap: b$"
	sink = pick(&a, &b, true)
}

func viaReadOnly() int {
	n := Node{v: 6}
	return readOnly(&n)
}

func viaKeep() {
	n := Node{v: 7} // ERROR "moved to heap: n$"
	keep(&n)
}

func nested() {
	n := Node{v: 8} // ERROR "moved to heap: n$"
	sink = identity(identity(&n))
}

func twoCalls() int {
	n := Node{v: 9}
	m := identity(&n)
	return readOnly(m)
}

func intIdentity(p *int) *int { return p } // ERROR "leaking param: p to result ~r0 level=0$"

func intFlow() {
	x := 10 // ERROR "moved to heap: x$"
	sinkInt = intIdentity(&x)
}

func main() {
	_ = viaIdentityLocal()
	viaIdentityGlobal()
	_ = viaIdentityReturned()
	viaPick()
	_ = viaReadOnly()
	viaKeep()
	nested()
	_ = twoCalls()
	intFlow()
}
