package main

import "fmt"

type Box[T any] struct{ V T }

type Pair[A, B any] struct {
	A A
	B B
}

type Alias = int
type Bytes = []byte

type Matrix[T any] [][]T

func NewMatrix[T any](r, c int) Matrix[T] {
	m := make(Matrix[T], r)
	for i := range m {
		m[i] = make([]T, c)
	}
	return m
}

func (m Matrix[T]) Set(r, c int, v T) Matrix[T] { m[r][c] = v; return m }

type Grid[T any] [2][3]T

type Func[A, R any] func(A) R

func (f Func[A, R]) Call(a A) R { return f(a) }

type Chan[T any] chan T

func (c Chan[T]) SendAll(xs ...T) {
	for _, x := range xs {
		c <- x
	}
	close(c)
}

func Drain[C ~chan E, E any](c C) []E {
	var out []E
	for x := range c {
		out = append(out, x)
	}
	return out
}

func CountTo[T ~int](n T) []T {
	var out []T
	for i := range n {
		out = append(out, i)
	}
	return out
}

func Shift[T ~int8 | ~uint8 | ~int](x T, n int) (T, T) { return x << n, x >> n }

func Wrap[T ~int8 | ~uint8](x T) T { return x + 100 + 100 }

func Runes[S ~string](s S) []string {
	var out []string
	for i, r := range s {
		out = append(out, fmt.Sprint(i, string(r)))
	}
	return out
}

func Keys[M ~map[K]V, K comparable, V any](m M) int {
	n := 0
	for k := range m {
		_ = k
		n++
	}
	return n
}

type Str string

func main() {
	fmt.Printf("%T %T %T\n", Box[Alias]{}, Box[byte]{}, Box[rune]{})
	fmt.Printf("%T\n", Box[Bytes]{})
	type local struct{ x int }
	fmt.Printf("%v %+v\n", Box[local]{local{1}}, Box[local]{})

	var p1 Pair[int, string] = Pair[Alias, string]{1, "a"}
	fmt.Println(p1, p1 == Pair[int, string]{1, "a"})
	bx := map[Box[int]]string{{1}: "one", {2}: "two"}
	fmt.Println(bx[Box[int]{2}], len(bx))
	pk := map[Pair[string, int]]bool{{"a", 1}: true}
	fmt.Println(pk[Pair[string, int]{"a", 1}], pk[Pair[string, int]{"a", 2}])

	m := NewMatrix[float64](2, 3).Set(1, 2, 4.5).Set(0, 0, 1)
	fmt.Println(m, len(m), len(m[0]))
	fmt.Printf("%T\n", m)
	var g Grid[string]
	g[1][2] = "x"
	fmt.Printf("%q %T %d\n", g, g, len(g[0]))

	f := Func[int, string](func(i int) string { return fmt.Sprint(i * 2) })
	fmt.Println(f.Call(21), f(1))
	fmt.Printf("%T\n", f)

	c := make(Chan[int], 5)
	c.SendAll(1, 2, 3)
	fmt.Println(Drain(c))
	rc := make(chan string, 2)
	rc <- "a"
	close(rc)
	fmt.Println(Drain(rc))

	fmt.Println(CountTo(5), CountTo(Alias(3)), len(CountTo(0)))
	fmt.Println(Shift(int8(64), 1))
	fmt.Println(Shift(uint8(129), 1))
	fmt.Println(Shift(-8, 2))
	fmt.Println(Wrap(int8(0)), Wrap(uint8(60)))

	fmt.Println(Runes("héy"), Runes(Str("ok")))
	fmt.Println(Keys(map[string]int{"a": 1, "b": 2}))

	var bp *Box[int]
	fmt.Println(bp == nil, bp)
	bp = &Box[int]{}
	bp.V++
	fmt.Println(*bp)

	arr := [2]Box[[]string]{{[]string{"x"}}, {}}
	fmt.Printf("%v %d\n", arr, len(arr[1].V))
	s := []Pair[Box[int], []Box[string]]{{Box[int]{1}, []Box[string]{{"a"}, {"b"}}}}
	fmt.Printf("%v\n%+v\n%T\n", s, s, s)
}
