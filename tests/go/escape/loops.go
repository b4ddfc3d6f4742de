// Loops: an allocation inside a loop whose result is stored in a variable declared outside
// the loop escapes (it must outlive the iteration); one used only in the iteration does not.
package main

type Node struct {
	v    int
	next *Node
}

func perIteration() int {
	t := 0
	for i := 0; i < 10; i++ {
		p := &Node{v: i} // ERROR "&Node\{\.\.\.\} does not escape$"
		t += p.v
	}
	return t
}

func storedOutside() int {
	var last *Node
	for i := 0; i < 10; i++ {
		last = &Node{v: i} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	}
	return last.v
}

func chainOutside() int {
	var head *Node
	for i := 0; i < 3; i++ {
		head = &Node{v: i, next: head} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	}
	return head.v
}

func newInLoop() int {
	var p *int
	for i := 0; i < 3; i++ {
		p = new(int) // ERROR "new\(int\) escapes to heap$"
		*p = i
	}
	return *p
}

func addrOfLoopVar() int {
	var ptrs [3]*int
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		ptrs[i] = &i
	}
	return *ptrs[0]
}

func addrOfRangeVar(s []int) int { // ERROR "s does not escape$"
	var p *int
	for _, v := range s { // ERROR "moved to heap: v$"
		p = &v
	}
	return *p
}

func makeInLoop() int {
	t := 0
	for i := 0; i < 4; i++ {
		b := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) does not escape$"
		t += len(b)
	}
	return t
}

func makeInLoopKept() [][]byte {
	var all [][]byte
	for i := 0; i < 4; i++ {
		b := make([]byte, 8) // ERROR "make\(\[\]byte, 8\) escapes to heap$"
		all = append(all, b) // ERROR "append escapes to heap$"
	}
	return all
}

func labeledLoop() int {
	var keep *Node
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			n := &Node{v: i * j} // ERROR "&Node\{\.\.\.\} escapes to heap$"
			if j == 2 {
				keep = n
				break outer
			}
		}
	}
	return keep.v
}

func gotoLoop() int {
	i := 0
	var p *Node
again:
	p = &Node{v: i} // ERROR "&Node\{\.\.\.\} escapes to heap$"
	i++
	if i < 3 {
		goto again
	}
	return p.v
}

func main() {
	_ = perIteration()
	_ = storedOutside()
	_ = chainOutside()
	_ = newInLoop()
	_ = addrOfLoopVar()
	_ = addrOfRangeVar([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = makeInLoop()
	_ = makeInLoopKept()
	_ = labeledLoop()
	_ = gotoLoop()
}
