package main

import "fmt"

type Node struct {
	Left, Right *Node
}

func bottomUp(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUp(depth - 1), bottomUp(depth - 1)}
}

func (n *Node) check() int {
	if n.Left == nil {
		return 1
	}
	return 1 + n.Left.check() + n.Right.check()
}

type BST struct {
	Key         int
	Left, Right *BST
}

func insert(t *BST, k int) *BST {
	if t == nil {
		return &BST{Key: k}
	}
	if k < t.Key {
		t.Left = insert(t.Left, k)
	} else if k > t.Key {
		t.Right = insert(t.Right, k)
	}
	return t
}

func (t *BST) inorder(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.inorder(visit)
	visit(t.Key)
	t.Right.inorder(visit)
}

func (t *BST) height() int {
	if t == nil {
		return 0
	}
	return 1 + max(t.Left.height(), t.Right.height())
}

func main() {
	maxDepth := 12
	stretch := bottomUp(maxDepth + 1)
	fmt.Printf("stretch tree of depth %d\t check: %d\n", maxDepth+1, stretch.check())
	long := bottomUp(maxDepth)
	for d := 4; d <= maxDepth; d += 2 {
		iters := 1 << (maxDepth - d + 4)
		chk := 0
		for i := 0; i < iters; i++ {
			chk += bottomUp(d).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iters, d, chk)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, long.check())
	var root *BST
	x := 7
	for i := 0; i < 200; i++ {
		x = (x*1103515245 + 12345) % 1000
		root = insert(root, x)
	}
	var keys []int
	root.inorder(func(k int) { keys = append(keys, k) })
	fmt.Println(len(keys), keys[:10], root.height())
}
