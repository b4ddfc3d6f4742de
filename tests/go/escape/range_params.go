// Ranging over parameters: reading elements does not make the parameter escape; keeping an
// element (a pointer held by the slice) leaks the parameter's content.
package main

type Item struct {
	name string
	next *Item
}

var kept *Item
var keptName string

func sumLens(items []Item) int { // ERROR "items does not escape$"
	t := 0
	for _, it := range items {
		t += len(it.name)
	}
	return t
}

func sumIndex(items []Item) int { // ERROR "items does not escape$"
	t := 0
	for i := range items {
		t += len(items[i].name)
	}
	return t
}

func keepPtr(items []*Item) { // ERROR "leaking param content: items$"
	for _, it := range items {
		if it.name == "x" {
			kept = it
		}
	}
}

func keepName(items []Item) { // ERROR "leaking param content: items$"
	for _, it := range items {
		keptName = it.name
	}
}

func countKeys(m map[string]int) int { // ERROR "m does not escape$"
	n := 0
	for k := range m {
		n += len(k)
	}
	return n
}

func sumMap(m map[string]int) int { // ERROR "m does not escape$"
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

func keepMapValue(m map[string]*Item) { // ERROR "leaking param content: m$"
	for _, v := range m {
		kept = v
	}
}

func runes(s string) int { // ERROR "s does not escape$"
	n := 0
	for i, r := range s {
		n += i + int(r)
	}
	return n
}

func arrayRange(a [8]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func arrayPtrRange(a *[8]int) int { // ERROR "a does not escape$"
	t := 0
	for i := range a {
		t += a[i]
	}
	return t
}

func findFirst(items []*Item, name string) *Item { // ERROR "leaking param: items to result ~r0 level=1$" "name does not escape$"
	for _, it := range items {
		if it.name == name {
			return it
		}
	}
	return nil
}

func walk(head *Item) int { // ERROR "head does not escape$"
	n := 0
	for it := head; it != nil; it = it.next {
		n++
	}
	return n
}

func main() {
	_ = sumLens(nil)
	_ = sumIndex(nil)
	keepPtr(nil)
	keepName(nil)
	_ = countKeys(nil)
	_ = sumMap(nil)
	keepMapValue(nil)
	_ = runes("abc")
	_ = arrayRange([8]int{})
	_ = arrayPtrRange(&[8]int{}) // ERROR "&\[8\]int\{\} does not escape$"
	_ = findFirst(nil, "a")
	_ = walk(nil)
}
