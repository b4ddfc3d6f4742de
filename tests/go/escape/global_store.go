// Globals are heap memory: anything whose address is stored in a global escapes.
package main

type Conf struct {
	name string
	port int
}

var current *Conf
var counter *int
var list []*Conf
var anyVal any
var arr [4]*int
var table = map[int]*Conf{} // ERROR "map\[int\]\*Conf\{\} escapes to heap$"

func setCurrent() {
	c := Conf{name: "a", port: 1} // ERROR "moved to heap: c$"
	current = &c
}

func setCurrentLit() {
	current = &Conf{name: "b"} // ERROR "&Conf\{\.\.\.\} escapes to heap$"
}

func setCounter() {
	n := 0 // ERROR "moved to heap: n$"
	counter = &n
}

func appendList() {
	list = append(list, &Conf{port: 8}) // ERROR "append escapes to heap$" "&Conf\{\.\.\.\} escapes to heap$"
}

func setAny() {
	x := 5
	anyVal = x // ERROR "5 escapes to heap$"
}

func setAnyPtr() {
	c := Conf{} // ERROR "moved to heap: c$"
	anyVal = &c
}

func setArrElem() {
	v := 9 // ERROR "moved to heap: v$"
	arr[1] = &v
}

func setTable(k int) {
	table[k] = new(Conf) // ERROR "new\(Conf\) escapes to heap$"
}

func readGlobal() int {
	return current.port
}

func globalFromParam(c *Conf) { // ERROR "leaking param: c$"
	current = c
}

func globalSliceFromParam(s []*Conf) { // ERROR "leaking param: s$"
	list = s
}

func main() {
	setCurrent()
	setCurrentLit()
	setCounter()
	appendList()
	setAny()
	setAnyPtr()
	setArrElem()
	setTable(1)
	_ = readGlobal()
	globalFromParam(&Conf{}) // ERROR "&Conf\{\} escapes to heap$"
	globalSliceFromParam(nil)
}
