// Receivers are parameters: they leak, leak their content, flow to results or do not escape.
package main

type Buf struct {
	data []byte
	n    int
}

type List struct {
	head *Elem
}

type Elem struct {
	v    int
	next *Elem
}

var lastBuf *Buf
var lastData []byte

func (b *Buf) Len() int { return b.n } // ERROR "b does not escape$"

func (b *Buf) Bytes() []byte { return b.data } // ERROR "leaking param: b to result ~r0 level=1$"

func (b *Buf) Self() *Buf { return b } // ERROR "leaking param: b to result ~r0 level=0$"

func (b *Buf) Remember() { lastBuf = b } // ERROR "leaking param: b$"

func (b *Buf) RememberData() { lastData = b.data } // ERROR "leaking param content: b$"

func (b Buf) ValueLen() int { return len(b.data) } // ERROR "b does not escape$"

func (b Buf) ValueData() []byte { return b.data } // ERROR "leaking param: b to result ~r0 level=0$"

func (b *Buf) Write(p []byte) { // ERROR "leaking param content: b$" "p does not escape$"
	b.data = append(b.data, p...) // ERROR "append escapes to heap$"
	b.n += len(p)
}

func (l *List) Push(v int) { // ERROR "leaking param content: l$"
	l.head = &Elem{v: v, next: l.head} // ERROR "&Elem\{\.\.\.\} escapes to heap$"
}

func (l *List) PushElem(e *Elem) { // ERROR "leaking param content: l$" "leaking param: e$"
	e.next = l.head
	l.head = e
}

func (l *List) Sum() int { // ERROR "l does not escape$"
	t := 0
	for e := l.head; e != nil; e = e.next {
		t += e.v
	}
	return t
}

func (l List) First() *Elem { return l.head } // ERROR "leaking param: l to result ~r0 level=0$"

func useBuf() int {
	b := Buf{}
	b.Write([]byte("abc")) // ERROR "\(\[\]byte\)\(\"abc\"\) does not escape$" "zero-copy string->\[\]byte conversion$"
	return b.Len() + len(b.Bytes())
}

func useList() int {
	var l List
	l.Push(1)
	l.Push(2)
	e := Elem{v: 3} // ERROR "moved to heap: e$"
	l.PushElem(&e)
	return l.Sum()
}

func main() {
	_ = useBuf()
	_ = useList()
	b := &Buf{} // ERROR "&Buf\{\} escapes to heap$"
	b.Remember()
	b.RememberData()
	_ = b.Self()
	_ = b.ValueLen()
	_ = b.ValueData()
	_ = List{}.First()
}
