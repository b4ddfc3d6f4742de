package main

type S struct {
	A int
	b string
}

func main() {
	_ = S{A: 1, c: 2} // ERROR "unknown field c in struct literal of type S"
	_ = S{1} // ERROR "too few values in struct literal of type S"
	_ = S{1, "x", 3} // ERROR "too many values in struct literal of type S"
	_ = S{A: 1, A: 2} // ERROR "duplicate field name A in struct literal"
	_ = map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	_ = [2]int{1, 2, 3} // ERROR "index 2 is out of bounds \(>= 2\)"
	_ = []int{1: 1, 1: 2} // ERROR "duplicate index 1 in array or slice literal"
	_ = map[string]int{1} // ERROR "missing key in map literal"
	_ = struct{ x int }{y: 1} // ERROR "unknown field y in struct literal of type struct\{x int\}"
}
