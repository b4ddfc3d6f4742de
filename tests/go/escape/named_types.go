// Named slice, map and func types, and methods on them; conversions between named types.
package main

type IntList []int

func (l IntList) Sum() int { // ERROR "l does not escape$"
	t := 0
	for _, v := range l {
		t += v
	}
	return t
}

func (l *IntList) Push(v int) { *l = append(*l, v) } // ERROR "leaking param content: l$" "append escapes to heap$"

type Set map[string]struct{}

func (s Set) Add(k string) { s[k] = struct{}{} } // ERROR "s does not escape$" "leaking param: k$"

func (s Set) Has(k string) bool { // ERROR "s does not escape$" "k does not escape$"
	_, ok := s[k]
	return ok
}

type Handler func(string) int

func (h Handler) Call(s string) int { return h(s) } // ERROR "h does not escape$" "leaking param: s$"

type Celsius float64
type Fahrenheit float64

func toF(c Celsius) Fahrenheit { return Fahrenheit(c*9/5 + 32) }

func useList() int {
	l := IntList{1, 2, 3} // ERROR "IntList\{\.\.\.\} escapes to heap$"
	l.Push(4)
	return l.Sum()
}

func useSet() bool {
	s := Set{} // ERROR "Set\{\} does not escape$"
	s.Add("a")
	return s.Has("a")
}

func useHandler() int {
	h := Handler(func(s string) int { return len(s) }) // ERROR "func literal does not escape$" "s does not escape$"
	return h.Call("abc")
}

func convertSlice(s []int) IntList { // ERROR "leaking param: s to result ~r0 level=0$"
	return IntList(s)
}

func main() {
	_ = useList()
	_ = useSet()
	_ = useHandler()
	_ = convertSlice(nil)
	_ = toF(100)
}
