// Slices re-sliced into themselves, buffers reset with s[:0], and builder-style methods that
// return their receiver.
package main

type Buf struct {
	data []byte
	pos  int
}

func (b *Buf) Reset() { b.data = b.data[:0] } // ERROR "b does not escape$" "\(\*Buf\)\.Reset ignoring self-assignment in b\.data = b\.data\[:0\]$"

func (b *Buf) Skip(n int) { b.data = b.data[n:] } // ERROR "b does not escape$" "\(\*Buf\)\.Skip ignoring self-assignment in b\.data = b\.data\[n:\]$"

func (b *Buf) Put(c byte) *Buf { // ERROR "leaking param content: b$" "leaking param: b to result ~r0 level=0$"
	b.data = append(b.data, c) // ERROR "append escapes to heap$"
	return b
}

type Query struct {
	table string
	where []string
	limit int
}

func (q *Query) From(t string) *Query { // ERROR "leaking param: q to result ~r0 level=0$" "leaking param: t$"
	q.table = t
	return q
}

func (q *Query) Where(cond string) *Query { // ERROR "leaking param content: q$" "leaking param: q to result ~r0 level=0$" "leaking param: cond$"
	q.where = append(q.where, cond) // ERROR "append escapes to heap$"
	return q
}

func (q *Query) Limit(n int) *Query { // ERROR "leaking param: q to result ~r0 level=0$"
	q.limit = n
	return q
}

func buildQuery() int {
	q := &Query{} // ERROR "&Query\{\} does not escape$"
	q.From("users").Where("age > 3").Limit(10)
	return q.limit
}

func buildQueryReturned() *Query {
	return (&Query{}).From("t").Limit(1) // ERROR "&Query\{\} escapes to heap$"
}

func reuse(s []int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	s = s[:0]
	for i := 0; i < 3; i++ {
		s = append(s, i) // ERROR "append escapes to heap$"
	}
	return s
}

func pop(stack []int) ([]int, int) { // ERROR "leaking param: stack to result ~r0 level=0$"
	v := stack[len(stack)-1]
	stack = stack[:len(stack)-1]
	return stack, v
}

func localBuf() int {
	b := Buf{data: make([]byte, 0, 16)} // ERROR "make\(\[\]byte, 0, 16\) escapes to heap$"
	b.Put('a').Put('b')
	b.Skip(1)
	b.Reset()
	return len(b.data)
}

func main() {
	_ = buildQuery()
	_ = buildQueryReturned()
	_ = reuse(nil)
	_, _ = pop([]int{1}) // ERROR "\[\]int\{\.\.\.\} does not escape$"
	_ = localBuf()
}
