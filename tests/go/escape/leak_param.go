// Parameter summaries: `leaking param: p` (escapes to the heap), `leaking param content: p`
// (what p points to escapes), `leaking param: p to result ~r0 level=0` (flows to a result),
// `p does not escape`.
package main

type T struct {
	p    *int
	name string
}

var sinkP *int
var sinkT *T

func noEscape(p *int) int { // ERROR "p does not escape$"
	return *p
}

func leakToHeap(p *int) { // ERROR "leaking param: p$"
	sinkP = p
}

func leakContent(t *T) { // ERROR "leaking param content: t$"
	sinkP = t.p
}

func leakToResult(p *int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	return p
}

func leakContentToResult(t *T) *int { // ERROR "leaking param: t to result ~r0 level=1$"
	return t.p
}

func leakToSecondResult(p *int) (int, *int) { // ERROR "leaking param: p to result ~r1 level=0$"
	return 0, p
}

func leakToNamedResult(p *int) (r *int) { // ERROR "leaking param: p to result r level=0$"
	r = p
	return
}

func leakBoth(p *int) *int { // ERROR "leaking param: p$"
	sinkP = p
	return p
}

func sliceParam(s []int) int { // ERROR "s does not escape$"
	return s[0]
}

func sliceParamLeak(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[1:]
}

func stringParam(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s
}

func stringParamLen(s string) int { // ERROR "s does not escape$"
	return len(s)
}

func stringParamSlice(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return s[:1]
}

func mapParam(m map[string]int) int { // ERROR "m does not escape$"
	return m["a"]
}

func funcParam(f func() int) int { // ERROR "f does not escape$"
	return f()
}

func ifaceParam(v any) bool { // ERROR "v does not escape$"
	return v != nil
}

func multiParams(a, b *int, c *T) *int { // ERROR "a does not escape$" "leaking param: b to result ~r0 level=0$" "leaking param: c$"
	sinkT = c
	if *a > 0 {
		return b
	}
	return nil
}

func structParamByValue(t T) *int { // ERROR "leaking param: t to result ~r0 level=0$"
	return t.p
}

func storeInto(dst *T, src *int) { // ERROR "dst does not escape$" "leaking param: src$"
	dst.p = src
}

func recursive(p *int, n int) *int { // ERROR "leaking param: p to result ~r0 level=0$"
	if n == 0 {
		return p
	}
	return recursive(p, n-1)
}

func caller() int {
	x := 1
	y := 2
	a := noEscape(&x)
	b := leakToResult(&y)
	return a + *b
}

func callerLeak() {
	z := 3 // ERROR "moved to heap: z$"
	leakToHeap(&z)
}

func main() {
	_ = caller()
	callerLeak()
	v := 1 // ERROR "moved to heap: v$"
	leakContent(&T{p: &v}) // ERROR "&T\{\.\.\.\} does not escape$"
	_ = leakContentToResult(&T{}) // ERROR "&T\{\} does not escape$"
	_, _ = leakToSecondResult(nil)
	_ = leakToNamedResult(nil)
	_ = leakBoth(nil)
	_ = sliceParam([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = sliceParamLeak([]int{1, 2}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = stringParam("a")
	_ = stringParamLen("a")
	_ = stringParamSlice("a")
	_ = mapParam(nil)
	_ = funcParam(func() int { return 1 }) // ERROR "func literal does not escape$"
	_ = ifaceParam(nil)
	_ = multiParams(&v, &v, nil)
	_ = structParamByValue(T{})
	storeInto(&T{}, nil) // ERROR "&T\{\} does not escape$"
	_ = recursive(nil, 2)
}
