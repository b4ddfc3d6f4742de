package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	// Keys of one dynamic type only: across types fmt orders by type descriptor address.
	same := map[interface{}]string{"b": "2", "a": "1", "c": "3"}
	fmt.Println(same, map[any]int{3: 3, -1: 1, 2: 2})
	fmt.Println(map[float64]int{math.NaN(): 1, math.Inf(-1): 2, 0: 3, math.Inf(1): 4, -1.5: 5})
	fmt.Println(map[K]bool{{2, "a"}: true, {1, "b"}: false, {1, "a"}: true})
	fmt.Println(map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[rune]int{'b': 2, 'a': 1, '世': 3})
	fmt.Println(map[string][]int{"z": {1}, "": {}, "A": nil})
	fmt.Printf("%v %d %x\n", map[uint8]uint8{200: 1, 3: 2}, map[int]int{-1: -1, 1: 1}, map[string]int{"k": 255})
	p1, p2 := 1, 2
	ptrs := map[*int]int{&p1: 1, &p2: 2}
	fmt.Println(len(ptrs))
	fmt.Printf("%+v\n", map[string]K{"b": {2, "y"}, "a": {1, "x"}})
	fmt.Printf("%#v\n", map[string]bool{"y": true, "x": false})
}
