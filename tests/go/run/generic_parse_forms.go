package main

import "fmt"

type PB[P *int,] struct{ p P }

type PI[P interface{ *int }] struct{ p P }

type Reader[T any] interface{ Read() T }
type Writer[T any] interface{ Write(T) }
type RW[T any] interface {
	Reader[T]
	Writer[T]
}

type buf[T any] struct{ xs []T }

func (b *buf[T]) Read() T   { x := b.xs[0]; b.xs = b.xs[1:]; return x }
func (b *buf[T]) Write(x T) { b.xs = append(b.xs, x) }

func Copy[T any](dst Writer[T], src Reader[T], n int) {
	for i := 0; i < n; i++ {
		dst.Write(src.Read())
	}
}

const N = 3

type Arr [N * 2]int

func F[T any, PT *T](p PT) T { return *p }

func G[T interface{ *int | *float64 }](p T) {}

func main() {
	x := 5
	fmt.Println(*PB[*int]{&x}.p, *PI[*int]{&x}.p, len(Arr{}))
	var rw RW[string] = &buf[string]{}
	rw.Write("a")
	rw.Write("b")
	out := &buf[string]{}
	Copy[string](out, rw, 2)
	fmt.Println(out.xs)
	fmt.Println(F(&x))
	G(&x)
	fmt.Printf("%T\n", PB[*int]{})
}
