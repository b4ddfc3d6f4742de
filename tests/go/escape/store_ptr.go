// Stores through pointers: gc assumes memory reached through a pointer is the heap, so a
// value whose address is stored there escapes.
package main

type Node struct {
	val  int
	next *Node
}

type Box struct{ p *int }

func storeThroughParam(pp **int) { // ERROR "pp does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	*pp = &x
}

func storeField(b *Box) { // ERROR "b does not escape$"
	y := 2 // ERROR "moved to heap: y$"
	b.p = &y
}

func storeLocalBox() int {
	z := 3
	b := Box{}
	b.p = &z
	return *b.p
}

func storeLocalBoxPtr() int {
	z := 4 // ERROR "moved to heap: z$"
	b := &Box{} // ERROR "&Box\{\} does not escape$"
	b.p = &z
	return *b.p
}

func link(n *Node) { // ERROR "n does not escape$"
	m := Node{val: 1} // ERROR "moved to heap: m$"
	n.next = &m
}

func buildList() *Node {
	var head *Node
	for i := 0; i < 3; i++ {
		head = &Node{val: i, next: head} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	}
	return head
}

func localList() int {
	a := Node{val: 1}
	b := Node{val: 2, next: &a}
	return b.next.val
}

func doublePtr() int {
	x := 5
	p := &x
	pp := &p
	return **pp
}

func selfAssign(n *Node) { // ERROR "leaking param: n$"
	n.next = n
}

func main() {
	var p *int
	storeThroughParam(&p)
	storeField(&Box{}) // ERROR "&Box\{\} does not escape$"
	_ = storeLocalBox()
	_ = storeLocalBoxPtr()
	link(&Node{}) // ERROR "&Node\{\} does not escape$"
	_ = buildList()
	_ = localList()
	_ = doublePtr()
	selfAssign(&Node{}) // ERROR "&Node\{\} escapes to heap$"
}
