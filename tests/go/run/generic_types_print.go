package main

import "fmt"

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String2() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] { return Pair[K, V]{k, v} }

type Stack[T any] struct{ items []T }

type Box[T any] struct{ V T }

type List[T any] []T

type Fn[T any] func(T) T

type Ch[T any] chan T

type Opt[T any] struct {
	v  T
	ok bool
}

type Num int

func main() {
	p := Pair[string, int]{"a", 1}
	fmt.Printf("%T\n", p)
	fmt.Printf("%v\n", p)
	fmt.Printf("%+v\n", p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", &p)
	fmt.Printf("%T\n", []Pair[string, int]{p})
	fmt.Printf("%v\n", []Pair[string, int]{p, {"b", 2}})
	fmt.Printf("%T\n", map[string]Pair[int, bool]{})
	fmt.Printf("%T\n", &Stack[int]{})
	fmt.Printf("%+v\n", Stack[int]{items: []int{1, 2}})
	fmt.Printf("%T\n", Stack[Pair[string, int]]{})
	fmt.Printf("%T\n", Box[Box[int]]{})
	fmt.Printf("%+v\n", Box[Box[int]]{Box[int]{5}})
	fmt.Printf("%T\n", Box[*Box[string]]{})
	fmt.Printf("%T\n", Box[[]map[string]int]{})
	fmt.Printf("%T\n", Box[Num]{})
	fmt.Printf("%T\n", Box[any]{})
	fmt.Printf("%T\n", Box[error]{})
	fmt.Printf("%T\n", Box[interface{ M() }]{})
	fmt.Printf("%T\n", Box[struct{ A int }]{})
	fmt.Printf("%T\n", Box[func(int) string]{})
	fmt.Printf("%T\n", Box[[3]byte]{})
	fmt.Printf("%T\n", Box[chan<- int]{})
	fmt.Printf("%T %v\n", List[float64]{1.5}, List[float64]{1.5})
	fmt.Printf("%T\n", Fn[int](nil))
	fmt.Printf("%T\n", make(Ch[string]))
	fmt.Printf("%T %+v\n", Opt[uint8]{}, Opt[uint8]{3, true})
	fmt.Printf("%T\n", MakePair(1.5, "x"))
	fmt.Printf("%T\n", MakePair(Num(1), []Num{}))
	fmt.Printf("%T\n", Pair[Box[int], *Pair[string, rune]]{})
	fmt.Printf("%v\n", Pair[Box[int], *Pair[string, rune]]{Key: Box[int]{3}})
	fmt.Println(p, MakePair("k", 2.5), p.String2())
	var anyv any = Box[int]{7}
	fmt.Printf("%T %v\n", anyv, anyv)
	fmt.Println(fmt.Sprintf("%T", []*Box[uint]{}))
	fmt.Printf("%v %d\n", Box[[]int]{[]int{1, 2}}, Box[int]{10})
	fmt.Printf("%x %q\n", Box[int]{255}, Box[string]{"hi"})
	fmt.Printf("%v\n", &Box[int]{4})
	fmt.Printf("%+v\n", &Pair[string, int]{"z", 26})
}
