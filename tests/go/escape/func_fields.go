// Closures stored in struct fields, slices and maps: the container decides whether they
// escape.
package main

type Button struct {
	label   string
	onClick func() string
}

type Router struct {
	routes map[string]func() int
}

var buttons []*Button

func localButton() string {
	n := "ok"
	b := Button{label: "a", onClick: func() string { return n }} // ERROR "func literal does not escape$"
	return b.onClick()
}

func keptButton(label string) { // ERROR "leaking param: label$"
	b := &Button{label: label} // ERROR "&Button\{\.\.\.\} escapes to heap$"
	b.onClick = func() string { return b.label } // ERROR "func literal escapes to heap$"
	buttons = append(buttons, b) // ERROR "append escapes to heap$"
}

func newRouter() *Router {
	r := &Router{routes: map[string]func() int{}} // ERROR "&Router\{\.\.\.\} escapes to heap$" "map\[string\]func\(\) int\{\} escapes to heap$"
	count := 0 // ERROR "moved to heap: count$"
	r.routes["/"] = func() int { // ERROR "func literal escapes to heap$"
		count++
		return count
	}
	return r
}

func handlers() int {
	hs := []func(int) int{ // ERROR "\[\]func\(int\) int\{\.\.\.\} does not escape$"
		func(x int) int { return x + 1 }, // ERROR "func literal does not escape$"
		func(x int) int { return x * 2 }, // ERROR "func literal does not escape$"
	}
	v := 1
	for _, h := range hs {
		v = h(v)
	}
	return v
}

func main() {
	_ = localButton()
	keptButton("b")
	_ = newRouter()
	_ = handlers()
}
