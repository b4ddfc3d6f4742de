package main

import (
	"fmt"
	"strconv"
	"strings"
)

// The pointer-method constraint pattern: PT is *T and has Set; PT is
// inferred from T through the core type of its constraint.
type Setter[T any] interface {
	*T
	Set(string) error
}

type IntVal struct{ v int }

func (i *IntVal) Set(s string) error {
	n, err := strconv.Atoi(s)
	i.v = n
	return err
}

type Words struct{ ws []string }

func (w *Words) Set(s string) error { w.ws = strings.Fields(s); return nil }

func ParseAll[T any, PT Setter[T]](ss []string) ([]T, error) {
	out := make([]T, len(ss))
	for i, s := range ss {
		p := PT(&out[i])
		if err := p.Set(s); err != nil {
			return out[:i], err
		}
	}
	return out, nil
}

func New[T any, PT interface {
	*T
	Init(int)
}](n int) *T {
	var t T
	PT(&t).Init(n)
	return &t
}

type Buf struct{ data []byte }

func (b *Buf) Init(n int) { b.data = make([]byte, n) }

func main() {
	vals, err := ParseAll[IntVal, *IntVal]([]string{"7"})
	fmt.Println(vals, err)
	vals, err = ParseAll[IntVal]([]string{"1", "22", "333"})
	fmt.Println(vals, err)
	vals, err = ParseAll[IntVal]([]string{"4", "x5"})
	fmt.Println(vals, err)
	ws, _ := ParseAll[Words]([]string{"a b", "c"})
	fmt.Printf("%+v\n", ws)

	b := New[Buf](4)
	fmt.Println(len(b.data), b.data)
	fmt.Printf("%T\n", b)
}
