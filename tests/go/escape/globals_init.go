// Package-level initialisers and init functions: values stored in globals escape; gc
// reports the allocations of initialisers at their positions.
package main

import "fmt"

type Config struct {
	name  string
	ports []int
}

var defaultConfig = &Config{name: "default", ports: []int{80, 443}}

var table = map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"

var names = []string{"x", "y"}

var counter = newCounter()

func newCounter() func() int {
	n := 0 // ERROR "moved to heap: n$"
	return func() int { // ERROR "func literal escapes to heap$"
		n++
		return n
	}
}

var registry []*Config

func init() {
	c := Config{name: "init"} // ERROR "moved to heap: c$"
	registry = append(registry, &c) // ERROR "append escapes to heap$"
}

func init() {
	local := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	fmt.Println(len(local)) // ERROR "\.\.\. argument does not escape$" "len\(local\) escapes to heap$"
}

func main() {
	fmt.Println(defaultConfig.name, table["a"], names[0], counter()) // ERROR "\.\.\. argument does not escape$" "defaultConfig\.name escapes to heap$" "table\[\"a\"\] escapes to heap$" "names\[0\] escapes to heap$" "counter\(\) escapes to heap$"
}
