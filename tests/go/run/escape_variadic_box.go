// A call whose result is boxed (an argument of fmt.Println) and whose own
// variadic slice stays in the frame: the two sites share the call's id.
package main

import "fmt"

type Tag struct{ name string }

func (t *Tag) String() string { return "<" + t.name + ">" }

func JoinAll(xs []*Tag, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func JoinFmt(xs ...*Tag) string { return JoinAll(xs, "|") }

func main() {
	fmt.Println(JoinFmt(&Tag{"a"}, &Tag{"b"}))
}
