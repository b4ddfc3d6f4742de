package main

import (
	"fmt"
	"strings"
)

type Stack[T any] struct{ items []T }

// Receiver type parameters may be renamed.
func (s *Stack[E]) Push(x E)    { s.items = append(s.items, x) }
func (s *Stack[Q]) Len() int    { return len(s.items) }
func (s Stack[Elem]) Top() Elem { return s.items[len(s.items)-1] }

// A type parameter may shadow a predeclared identifier.
func Shadow[int any](x int) int { return x }

type Enum[T ~int | ~string] struct{ v T }

func Labels[T comparable](grid [][]T, target T) (int, int) {
	r, c := -1, -1
outer:
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				r, c = i, j
				break outer
			}
			if j > 5 {
				continue outer
			}
		}
	}
	return r, c
}

func Goto[T any](xs []T) []T {
	var out []T
	i := 0
loop:
	if i < len(xs) {
		out = append(out, xs[len(xs)-1-i])
		i++
		goto loop
	}
	return out
}

func Consts[T ~int](x T) []string {
	const (
		a = iota * 10
		b
		c
	)
	type local struct {
		v    T
		name string
	}
	var arr [3]local
	for i, k := range [...]T{a, b, c} {
		arr[i] = local{k + x, fmt.Sprint("k", i)}
	}
	var out []string
	for _, l := range arr {
		out = append(out, fmt.Sprintf("%s=%v", l.name, l.v))
	}
	return out
}

func Classify[T ~int](x T) string {
	var sb strings.Builder
	switch {
	case x < 0:
		sb.WriteString("neg ")
		fallthrough
	case x == 0:
		sb.WriteString("nonpos ")
	case x > 100:
		sb.WriteString("big ")
	default:
		sb.WriteString("small ")
	}
	return strings.TrimSpace(sb.String())
}

func First[T any](chs ...chan T) (T, int) {
	for {
		for i, ch := range chs {
			select {
			case v, ok := <-ch:
				if ok {
					return v, i
				}
			default:
			}
		}
	}
}

func DeferOrder[T any](xs ...T) (out []T) {
	for _, x := range xs {
		defer func() { out = append(out, x) }()
	}
	return nil
}

func RecClosure[T ~int](n T) T {
	var fact func(T) T
	fact = func(k T) T {
		if k <= 1 {
			return 1
		}
		return k * fact(k-1)
	}
	return fact(n)
}

func Alias[T any](x T) []T {
	type L = []T
	var l L = L{x, x}
	return l
}

func Anon[T any](x T) any {
	return struct {
		Val  T
		Many []T
	}{x, []T{x}}
}

func InlineConstraint[T interface {
	~int | ~int64
	fmt.Stringer
}](x T) string {
	return x.String() + "!"
}

type Code int

func (c Code) String() string { return fmt.Sprintf("code%d", int(c)) }

type PtrBox[P interface{ *int }] struct{ p P }

func main() {
	var s Stack[string]
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Len(), s.Top())
	fmt.Println(Shadow("str"), Shadow(1.5))
	fmt.Println(Enum[string]{"x"}, Enum[int]{1})

	fmt.Println(Labels([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(Labels([][]string{{"a"}}, "z"))
	fmt.Println(Goto([]rune("abc")), Goto([]string{}))
	fmt.Println(Consts(1), Consts(Code(5)))
	fmt.Println(Classify(-1), Classify(0), Classify(7), Classify(Code(200)))

	c1, c2 := make(chan string, 1), make(chan string, 1)
	c2 <- "second"
	fmt.Println(First(c1, c2))
	close(c1)
	c3 := make(chan float64, 1)
	c3 <- 2.5
	fmt.Println(First(c3))

	fmt.Println(DeferOrder(1, 2, 3), DeferOrder("x"))
	fmt.Println(RecClosure(10), RecClosure(Code(5)))
	fmt.Printf("%T %v\n", Alias(1), Alias("a"))
	fmt.Printf("%+v\n", Anon(3))
	fmt.Printf("%T\n", Anon("s"))
	fmt.Println(InlineConstraint(Code(7)))
	n := 4
	pb := PtrBox[*int]{&n}
	*pb.p++
	fmt.Println(n)
}
