// Slice idioms: delete by re-slicing, insert, filter in place, reverse, clone, stack push and
// pop, and the address of a field of an element.
package main

type Rec struct {
	id   int
	tags []string
}

func remove(s []int, i int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s[:i], s[i+1:]...) // ERROR "append escapes to heap$"
}

func insert(s []int, i, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	s = append(s, 0) // ERROR "append escapes to heap$"
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func filter(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	out := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			out = append(out, v) // ERROR "append escapes to heap$"
		}
	}
	return out
}

func reverse(s []int) { // ERROR "s does not escape$"
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i] // ERROR "reverse ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]$" "reverse ignoring self-assignment in s\[i\], s\[j\] = s\[j\], s\[i\]$"
	}
}

func clone(s []int) []int { // ERROR "s does not escape$"
	return append([]int(nil), s...) // ERROR "append escapes to heap$"
}

func cloneMake(s []int) []int { // ERROR "s does not escape$"
	c := make([]int, len(s)) // ERROR "make\(\[\]int, len\(s\)\) escapes to heap$"
	copy(c, s)
	return c
}

func doubleUp(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, s...) // ERROR "append escapes to heap$"
}

func idOf(rs []Rec, i int) *int { // ERROR "leaking param: rs to result ~r0 level=0$"
	return &rs[i].id
}

func tagsOf(rs []Rec) []string { // ERROR "leaking param content: rs$"
	var all []string
	for _, r := range rs {
		all = append(all, r.tags...) // ERROR "append escapes to heap$"
	}
	return all
}

func main() {
	s := []int{1, 2, 3, 4} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	s = remove(s, 1)
	s = insert(s, 1, 9)
	s = filter(s)
	reverse(s)
	_ = clone(s)
	_ = cloneMake(s)
	_ = doubleUp(s)
	_ = idOf([]Rec{{id: 1}}, 0) // ERROR "\[\]Rec\{\.\.\.\} does not escape$"
	_ = tagsOf(nil)
}
