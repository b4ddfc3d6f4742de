package main

import "fmt"

type T struct{ a, b int }

func (T) M(x int) int { return x }

func id[P any](p P) P { return p }

func pair[A, B any](a A, b B) {}

func main() {
	n := 1_000 + 0x_FF + 0o17 + 017 + 0b1011 + 'a' + '\n' + '\x7f' + '\u00e9' + '\U0001F600' + '\''
	f := 1.5 + .5 + 1e3 + 1.e-3 + 0x1p-2 + 0X1.8P+3
	c := 3i + 1.5i + 0i
	s := "a\tb\"" + `raw
string` + "\u00e9\377"
	p := &T{1, 2}
	q := T{a: 1, b: 2}
	m := map[T][]T{{1, 2}: {{3, 4}, {b: 5}}}
	arr := [...]string{2: "c", 0: "a"}
	var x any = p
	t, ok := x.(*T)
	fn := T.M
	fn2 := (*T).M
	fn3 := q.M
	v := -n + ^n*2 - +n/3%4<<1>>2&^5 | 6&7 ^ 8
	b := !ok && n < 2 || n >= 3 && n != 4 && n == 5 && n <= 6 && n > 7
	ch := make(chan int)
	r := <-ch
	sl := arr[1:2]
	sl2 := arr[:]
	sl3 := arr[1:2:3]
	sl4 := arr[:2:3]
	i := id[int](1) + id(2)
	pair[int, string](1, "a")
	pair(1, "a")
	conv := (*int)(nil)
	conv2 := []byte("x")
	fl := func(a, b int) (c int) { return a + b }(1, 2)
	paren := ((n + 1)) * 2
	st := struct{ x int }{x: 1}
	anon := []struct{ x, y int }{{1, 2}, {x: 3}}
	ptrs := []*T{{1, 2}, &T{3, 4}}
	fmt.Println(n, f, c, s, p, q, m, arr, t, ok, fn, fn2, fn3, v, b, r, sl, sl2, sl3, sl4, i, conv, conv2, fl, paren, st, anon, ptrs)
}
