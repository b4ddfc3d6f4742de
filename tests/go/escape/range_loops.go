// Range loops: iteration variables are per-iteration (Go 1.22); taking their address or
// capturing them moves them to the heap only when the pointer outlives the iteration.
package main

type Item struct{ n int }

var all []*Item
var fns []func() int

func rangeAddrLocal(items []Item) int { // ERROR "items does not escape$"
	t := 0
	for _, it := range items {
		p := &it
		t += p.n
	}
	return t
}

func rangeAddrKept(items []Item) { // ERROR "items does not escape$"
	for _, it := range items { // ERROR "moved to heap: it$"
		all = append(all, &it) // ERROR "append escapes to heap$"
	}
}

func rangeIndexAddr(items []Item) { // ERROR "leaking param: items$"
	for i := range items {
		all = append(all, &items[i]) // ERROR "append escapes to heap$"
	}
}

func rangeCapture(ns []int) { // ERROR "ns does not escape$"
	for _, n := range ns {
		fns = append(fns, func() int { return n }) // ERROR "append escapes to heap$" "func literal escapes to heap$"
	}
}

func rangeCaptureMutated(ns []int) { // ERROR "ns does not escape$"
	for _, n := range ns { // ERROR "moved to heap: n$"
		fns = append(fns, func() int { n++; return n }) // ERROR "append escapes to heap$" "func literal escapes to heap$"
	}
}

func rangeArray() int {
	arr := [4]int{1, 2, 3, 4}
	t := 0
	for _, v := range arr {
		t += v
	}
	return t
}

func rangeString(s string) int { // ERROR "s does not escape$"
	c := 0
	for _, r := range s {
		if r == 'a' {
			c++
		}
	}
	return c
}

func rangeInt() int {
	t := 0
	for i := range 10 {
		t += i
	}
	return t
}

func rangeMapValues(m map[string]Item) []*Item { // ERROR "m does not escape$"
	var out []*Item
	for _, v := range m { // ERROR "moved to heap: v$"
		out = append(out, &v) // ERROR "append escapes to heap$"
	}
	return out
}

func main() {
	items := []Item{{1}, {2}} // ERROR "\[\]Item\{\.\.\.\} escapes to heap$"
	_ = rangeAddrLocal(items)
	rangeAddrKept(items)
	rangeIndexAddr(items)
	rangeCapture([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	rangeCaptureMutated([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = rangeArray()
	_ = rangeString("abc")
	_ = rangeInt()
	_ = rangeMapValues(nil)
}
