package main

import (
	"fmt"
	"strings"
)

type Bytes interface{ ~string | ~[]byte }

func TrimPrefix[S Bytes](s S, n int) S { return s[n:] }

func Mid[S Bytes](s S) S { return s[1 : len(s)-1] }

func Count[S Bytes](s S, b byte) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			n++
		}
	}
	return n
}

func AppendTo[B ~[]byte, S Bytes](dst B, src S) B { return append(dst, src...) }

func CopyInto[S Bytes](dst []byte, src S) int { return copy(dst, src) }

func ToString[S Bytes](s S) string { return string(s) }

func ToBytes[S Bytes](s S) []byte { return []byte(s) }

func Upper[S ~string](s S) S { return S(strings.ToUpper(string(s))) }

func Concat[S ~string](parts ...S) S {
	var out S
	for _, p := range parts {
		out += p
	}
	return out
}

func Compare[S ~string](a, b S) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

type Path string
type Buf []byte

func main() {
	fmt.Println(TrimPrefix("prefix:value", 7), string(TrimPrefix([]byte("abc"), 1)))
	fmt.Printf("%T %T\n", TrimPrefix(Path("/a/b"), 1), TrimPrefix(Buf("xy"), 1))
	fmt.Println(Mid("[inner]"), string(Mid(Buf("(x)"))))
	fmt.Println(Count("banana", 'a'), Count([]byte("aaa"), 'a'), Count(Path("a/b/c"), '/'))
	b := AppendTo(Buf("ab"), "cd")
	b = AppendTo(b, []byte("ef"))
	fmt.Printf("%s %T\n", b, b)
	dst := make([]byte, 3)
	n := CopyInto(dst, "hello")
	fmt.Println(n, string(dst))
	n = CopyInto(dst, []byte{'z'})
	fmt.Println(n, string(dst))
	fmt.Println(ToString([]byte{104, 105}), ToString(Path("p")), ToBytes("hi"), ToBytes(Buf{1}))
	fmt.Println(Upper(Path("/usr/bin")), Concat[Path]("a", "/", "b"), Concat("x", "y"))
	fmt.Println(Compare("a", "b"), Compare(Path("b"), "a"), Compare("", ""))
}
