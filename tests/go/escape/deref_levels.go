// Dereference levels: a parameter's pointee flowing to a result is reported with its level
// (`leaking param content: pp` / `... to result ~r0 level=1`).
package main

type Holder struct {
	inner *Holder
	val   *int
}

var sink *int

func deref1(pp **int) *int { // ERROR "leaking param: pp to result ~r0 level=1$"
	return *pp
}

func deref2(ppp ***int) *int { // ERROR "leaking param: ppp to result ~r0 level=2$"
	return **ppp
}

func fieldDeref(h *Holder) *int { // ERROR "leaking param: h to result ~r0 level=2$"
	return h.inner.val
}

func addrOfDeref(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return &*p
}

func storeDeref(pp **int) { // ERROR "leaking param content: pp$"
	sink = *pp
}

func storeDeref2(ppp ***int) { // ERROR "leaking param content: ppp$"
	sink = **ppp
}

func sliceElem(s []*int) *int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}

func sliceOfSlices(s [][]int) []int { // ERROR "leaking param: s to result ~r0 level=1$"
	return s[0]
}

func twoLevels(h *Holder) *Holder { // ERROR "leaking param: h to result ~r0 level=2$"
	return h.inner.inner
}

func mixed(a *int, b **int) (*int, *int) { // ERROR "leaking param: a to result ~r0 level=0$" "leaking param: b to result ~r1 level=1$"
	return a, *b
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	p := &x
	pp := &p
	_ = deref1(pp)
	_ = deref2(&pp)
	_ = fieldDeref(&Holder{inner: &Holder{}}) // ERROR "&Holder\{\.\.\.\} does not escape$" "&Holder\{\} does not escape$"
	_ = addrOfDeref(&x)
	storeDeref(pp)
	storeDeref2(&pp)
	_ = sliceElem([]*int{&x}) // ERROR "\[\]\*int\{\.\.\.\} does not escape$"
	_ = sliceOfSlices([][]int{{1}}) // ERROR "\[\]\[\]int\{\.\.\.\} does not escape$" "\[\]int\{\.\.\.\} does not escape$"
	_ = twoLevels(&Holder{}) // ERROR "&Holder\{\} does not escape$"
	_, _ = mixed(&x, pp)
}
