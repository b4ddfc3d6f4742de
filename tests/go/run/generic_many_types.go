package main

import (
	"errors"
	"fmt"
)

type Box[T any] struct{ V T }

func (b Box[T]) Get() T { return b.V }

func (b *Box[T]) Set(v T) { b.V = v }

func Describe[T any](x T) string {
	var b Box[T]
	b.Set(x)
	cp := b
	var zero T
	cp.Set(zero)
	return fmt.Sprintf("%-28T %v | zero=%v | copy=%v", b, b.Get(), zero, cp.Get())
}

func Repeat[T any](x T, n int) []T {
	out := make([]T, n)
	for i := range out {
		out[i] = x
	}
	return out
}

type Point struct{ X, Y int }

type Celsius float32

type Big struct {
	arr [8]int64
	s   string
}

func main() {
	var ip *int
	n := 3
	fmt.Println(Describe(true))
	fmt.Println(Describe(int8(-8)))
	fmt.Println(Describe(int16(16)))
	fmt.Println(Describe(int32(32)))
	fmt.Println(Describe(int64(64)))
	fmt.Println(Describe(uint(1)))
	fmt.Println(Describe(uint8(8)))
	fmt.Println(Describe(uint16(16)))
	fmt.Println(Describe(uint32(32)))
	fmt.Println(Describe(uint64(64)))
	fmt.Println(Describe(uintptr(7)))
	fmt.Println(Describe(float32(1.5)))
	fmt.Println(Describe(2.25))
	fmt.Println(Describe(complex64(1 + 2i)))
	fmt.Println(Describe(3 - 4i))
	fmt.Println(Describe("str"))
	fmt.Println(Describe('r'))
	fmt.Println(Describe(Point{1, 2}))
	fmt.Println(Describe(&Point{3, 4} == nil))
	fmt.Println(Describe(ip))
	fmt.Println(Describe(&n) != "")
	fmt.Println(Describe([]string{"a"}))
	fmt.Println(Describe(map[string]int{"k": 1}))
	fmt.Println(Describe([3]uint8{1, 2, 3}))
	fmt.Println(Describe(Celsius(36.6)))
	fmt.Println(Describe(errors.New("e")))
	fmt.Println(Describe[any](7))
	fmt.Println(Describe[fmt.Stringer](nil))
	fmt.Println(Describe(struct{}{}))
	fmt.Println(Describe(Box[int]{5}))
	fmt.Println(Describe(Big{s: "big", arr: [8]int64{7: 7}}))

	fmt.Println(Repeat(1, 3), Repeat("ab", 2), Repeat(Point{}, 2), Repeat[any](nil, 2))
	fmt.Println(Repeat(Repeat(0.5, 2), 2), len(Repeat(struct{}{}, 100)))
	bigs := Repeat(Big{s: "x"}, 3)
	bigs[0].arr[0] = 1
	bigs[1].s = "y"
	fmt.Println(bigs[0].arr[0], bigs[1].arr[0], bigs[0].s, bigs[1].s, bigs[2].s)
	arrs := Repeat([2]int{1, 2}, 2)
	arrs[0][0] = 9
	fmt.Println(arrs)
	sl := Repeat([]int{1, 2}, 2)
	sl[0][0] = 9
	fmt.Println(sl)
	ch := Repeat(make(chan int, 1), 2)
	ch[0] <- 5
	fmt.Println(<-ch[1])
	fs := Repeat(func() string { return "f" }, 2)
	fmt.Println(fs[1]())
}
