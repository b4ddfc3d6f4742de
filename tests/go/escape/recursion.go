// Recursive and mutually recursive functions are analysed together (one strongly connected
// group); their parameter summaries come from the whole group.
package main

type Tree struct {
	left, right *Tree
	val         int
}

var found *Tree

func depth(t *Tree) int { // ERROR "t does not escape$"
	if t == nil {
		return 0
	}
	l, r := depth(t.left), depth(t.right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func find(t *Tree, v int) *Tree { // ERROR "leaking param: t to result ~r0 level=0$"
	if t == nil || t.val == v {
		return t
	}
	if v < t.val {
		return find(t.left, v)
	}
	return find(t.right, v)
}

func insert(t *Tree, v int) *Tree { // ERROR "leaking param: t$"
	if t == nil {
		return &Tree{val: v} // ERROR "&Tree\{\.\.\.\} escapes to heap$"
	}
	if v < t.val {
		t.left = insert(t.left, v)
	} else {
		t.right = insert(t.right, v)
	}
	return t
}

func isEven(n int, p *int) bool { // ERROR "p does not escape$"
	if n == 0 {
		return true
	}
	return isOdd(n-1, p)
}

func isOdd(n int, p *int) bool { // ERROR "p does not escape$"
	if n == 0 {
		found = nil
		return *p > 0
	}
	return isEven(n-1, p)
}

func ping(t *Tree, n int) { // ERROR "leaking param: t$"
	if n == 0 {
		found = t
		return
	}
	pong(t, n-1)
}

func pong(t *Tree, n int) { // ERROR "leaking param: t$"
	ping(t, n)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func main() {
	var root *Tree
	for _, v := range []int{5, 3, 8} { // ERROR "\[\]int\{\.\.\.\} does not escape$"
		root = insert(root, v)
	}
	_ = depth(root)
	_ = find(root, 3)
	x := 4
	_ = isEven(4, &x)
	ping(&Tree{}, 2) // ERROR "&Tree\{\} escapes to heap$"
	_ = fact(5)
}
