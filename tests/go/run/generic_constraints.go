package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return strconv.FormatFloat(float64(c), 'f', 1, 64) + "C" }

type ID int

func (i ID) String() string { return "ID-" + strconv.Itoa(int(i)) }

type Tag struct{ name string }

func (t *Tag) String() string { return "<" + t.name + ">" }

func JoinAll[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func JoinFmt[T fmt.Stringer](xs ...T) string { return JoinAll(xs, "|") }

// A constraint with both a type set and a method.
type IntStringer interface {
	~int | ~int64
	String() string
}

func Double[T IntStringer](x T) string { return (x * 2).String() + "/" + x.String() }

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr
}

type Float interface{ ~float32 | ~float64 }

type Ordered interface {
	Integer | Unsigned | Float | ~string
}

func Min[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func Abs[T Integer | Float](x T) T {
	if x < 0 {
		return -x
	}
	return x
}

func Bits[T Unsigned](x T) int {
	n := 0
	for x != 0 {
		n += int(x & 1)
		x >>= 1
	}
	return n
}

func Equal[T comparable](a, b T) bool { return a == b }

func Count[T comparable](xs []T, v T) int {
	n := 0
	for _, x := range xs {
		if x == v {
			n++
		}
	}
	return n
}

type Num interface{ int | float64 }

func Scale[T Num](x T, k T) T { return x * k }

type Bytes interface{ ~string | ~[]byte }

func FirstByte[T Bytes](s T) byte { return s[0] }

func Len[T Bytes](s T) int { return len(s) }

func Convert[From Integer, To Float](x From) To { return To(x) / 2 }

type MyStr string

func Concat[S ~string](a, b S) S { return a + b }

func main() {
	fmt.Println(JoinAll([]Celsius{20, 21.5, -3}, ", "))
	fmt.Println(JoinAll([]ID{1, 2}, "&"))
	fmt.Println(JoinFmt(&Tag{"a"}, &Tag{"b"}))
	fmt.Println(JoinFmt[Stringer](ID(9), Celsius(1), &Tag{"x"}))
	fmt.Println(Double(ID(21)))

	fmt.Println(Min(3, 1, 2), Min(2.5, -1.5), Min("pear", "apple", "fig"))
	fmt.Println(Min[uint8](200, 100, 255), Min(MyStr("b"), "a"))
	fmt.Printf("%T\n", Min(MyStr("b"), "a"))
	fmt.Println(Abs(-5), Abs(-2.5), Abs(int8(-128)), Abs(float32(3)))
	fmt.Println(Bits(uint(255)), Bits(uint8(7)), Bits[uint64](1<<63|1))

	fmt.Println(Equal(1, 1), Equal("a", "b"), Equal(Tag{"x"}, Tag{"x"}))
	t := &Tag{"p"}
	fmt.Println(Equal(t, t), Equal(t, &Tag{"p"}))
	fmt.Println(Equal[any](1, 1), Equal[any](1, int64(1)), Equal[any](nil, nil))
	fmt.Println(Equal[error](nil, nil), Equal([2]string{"a"}, [2]string{"a", ""}))
	var e1, e2 interface{} = 3.0, 3.0
	fmt.Println(Equal(e1, e2))
	fmt.Println(Count([]string{"a", "b", "a"}, "a"), Count([]any{1, "1", 1}, any(1)))

	fmt.Println(Scale(3, 4), Scale(1.5, 2))
	fmt.Println(FirstByte("hello"), FirstByte([]byte{9}), Len(MyStr("four")))
	fmt.Println(Convert[int, float64](5), Convert[int8, float32](3))
	fmt.Println(Concat[MyStr]("x", "y"), Concat("p", "q"))
	fmt.Printf("%T %T\n", Concat[MyStr]("x", "y"), Concat("p", "q"))
}
