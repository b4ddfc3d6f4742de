// Maps: keys and values stored in a map escape (map memory is the heap); a map made and used
// in one frame can itself stay local.
package main

type Entry struct{ n int }

var registry = map[string]*Entry{} // ERROR "map\[string\]\*Entry\{\} escapes to heap$"

func storeValuePtr(m map[string]*int) { // ERROR "m does not escape$"
	x := 1 // ERROR "moved to heap: x$"
	m["x"] = &x
}

func storeLocalMap() int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) does not escape$"
	m["a"] = 1
	return m["a"]
}

func storeLocalMapPtr() int {
	m := make(map[int]*Entry) // ERROR "make\(map\[int\]\*Entry\) does not escape$"
	e := Entry{n: 4} // ERROR "moved to heap: e$"
	m[1] = &e
	return m[1].n
}

func mapLiteralLocal() int {
	m := map[string]int{"a": 1, "b": 2} // ERROR "map\[string\]int\{\.\.\.\} does not escape$"
	return m["a"] + m["b"]
}

func mapLiteralReturned() map[string]int {
	return map[string]int{"z": 26} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
}

func register(name string) { // ERROR "leaking param: name$"
	registry[name] = &Entry{} // ERROR "&Entry\{\} escapes to heap$"
}

func lookup(m map[string]*Entry, k string) *Entry { // ERROR "m does not escape$" "k does not escape$"
	return m[k]
}

func mapKeyPtr() int {
	k := 5 // ERROR "moved to heap: k$"
	m := map[*int]bool{} // ERROR "map\[\*int\]bool\{\} does not escape$"
	m[&k] = true
	return len(m)
}

func mapOfSlices(m map[string][]int) { // ERROR "m does not escape$"
	m["s"] = make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap$"
}

func deleteKey(m map[string]int, k string) { // ERROR "m does not escape$" "k does not escape$"
	delete(m, k)
}

func rangeMap(m map[string]*Entry) int { // ERROR "m does not escape$"
	t := 0
	for _, e := range m {
		t += e.n
	}
	return t
}

func main() {
	storeValuePtr(map[string]*int{}) // ERROR "map\[string\]\*int\{\} does not escape$"
	_ = storeLocalMap()
	_ = storeLocalMapPtr()
	_ = mapLiteralLocal()
	_ = mapLiteralReturned()
	register("a")
	_ = lookup(registry, "a")
	_ = mapKeyPtr()
	mapOfSlices(map[string][]int{}) // ERROR "map\[string\]\[\]int\{\} does not escape$"
	deleteKey(map[string]int{}, "a") // ERROR "map\[string\]int\{\} does not escape$"
	_ = rangeMap(registry)
}
