package main

import (
	f "fmt" // ERROR "\"fmt\" imported as f and not used"
	_ "strings"
	str "strconv"
)

type T struct{ x int }

func (t T) Get() int { return t.x }

func main() {
	var count int // ERROR "declared and not used: count"
	inc := func() { count = 1 }
	inc()
	var t T
	t.Get // ERROR "t\.Get \(value of type func\(\) int\) is not used"
	var arr []int
	for i := range arr { // ERROR "declared and not used: i"
	}
	v := T.Get
	_ = v
	if x := 5; true { // ERROR "declared and not used: x"
	}
	_ = str.Itoa
}
