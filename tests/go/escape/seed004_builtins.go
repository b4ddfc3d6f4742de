// Seed 004, allocation built-ins: new, make for slices, maps and channels, and composite
// literals of slices, maps, structs and arrays, each local or returned.
package main

type MyStruct struct {
	A int
	B string
}

func localBuiltins() int {
	p := new(int) // ERROR "new\(int\) does not escape$"
	s := make([]int, 3, 10) // ERROR "make\(\[\]int, 3, 10\) does not escape$"
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	ch := make(chan int, 4)
	m["k"] = *p
	ch <- len(s)
	return <-ch + m["k"]
}

func localLiterals() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	m := map[string]int{"one": 1} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	st := MyStruct{A: 1, B: "b"}
	arr := [3]int{1, 2, 3}
	return s[0] + m["one"] + st.A + arr[2]
}

func returnedBuiltins() (*int, []int, map[string]int, chan int) {
	return new(int), make([]int, 3, 10), make(map[string]int), make(chan int, 4) // ERROR "new\(int\) escapes to heap$" "make\(\[\]int, 3, 10\) escapes to heap$" "make\(map\[string\]int\) escapes to heap$"
}

func returnedLiterals() ([]int, map[string]int, *MyStruct, [3]int) {
	return []int{1, 2, 3}, map[string]int{"one": 1}, &MyStruct{A: 1}, [3]int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} escapes to heap$" "map\[string\]int\{\.\.\.\} escapes to heap$" "&MyStruct\{\.\.\.\} escapes to heap$"
}

func main() {
	_ = localBuiltins()
	_ = localLiterals()
	_, _, _, _ = returnedBuiltins()
	_, _, _, _ = returnedLiterals()
}
