package main

import "fmt"

type Both[T any] struct{ v T }

func (b Both[T]) Error() string  { return fmt.Sprint("error:", b.v) }
func (b Both[T]) String() string { return fmt.Sprint("string:", b.v) }

type Num[T any] int

func (n Num[T]) String() string { return fmt.Sprintf("Num(%d)", int(n)) }

type GoStr[T any] struct{ v T }

func (g GoStr[T]) GoString() string { return fmt.Sprintf("GoStr(%#v)", g.v) }

func main() {
	b := Both[int]{1}
	fmt.Println(b)
	fmt.Printf("%v %s %q %+v\n", b, b, b, b)
	n := Num[string](7)
	fmt.Printf("%v %d %s %x\n", n, n, n, n)
	g := GoStr[[]string]{[]string{"a"}}
	fmt.Printf("%#v %v\n", g, g)
	fmt.Printf("%v\n", []any{b, n, g})
}
