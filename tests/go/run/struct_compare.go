package main

import "fmt"

type P struct {
	X int
	S string
}

type Wrap struct {
	P P
	A [2]float64
	I interface{}
}

func main() {
	a := Wrap{P{1, "a"}, [2]float64{1, 2}, 5}
	b := Wrap{P{1, "a"}, [2]float64{1, 2}, 5}
	fmt.Println(a == b)
	b.I = "5"
	fmt.Println(a == b)
	b.I = 5
	b.A[1] = 2.0000001
	fmt.Println(a == b)
	var i1, i2 interface{} = P{1, "x"}, P{1, "x"}
	fmt.Println(i1 == i2, i1 != P{2, "x"})
	arr1 := [3]string{"a", "b"}
	arr2 := [3]string{"a", "b", ""}
	fmt.Println(arr1 == arr2)
	m := map[Wrap]int{}
	m[a]++
	m[a]++
	fmt.Println(m[a], len(m))
	type K struct {
		a, b int
	}
	seen := map[K]bool{}
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			seen[K{i % 2, j % 2}] = true
		}
	}
	fmt.Println(len(seen))
	var x, y interface{} = []int{1}, []int{1}
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(x == y)
}
