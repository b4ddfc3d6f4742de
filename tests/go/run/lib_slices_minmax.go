package main

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
)

type Ints []int
type Temps []float64

func try(label string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v (runtime: %v)\n", label, err, strings.HasPrefix(err.Error(), "runtime error"))
			return
		}
		fmt.Printf("%s: %v\n", label, r)
	}()
	f()
}

func main() {
	a := Ints{4, -2, 9, 9, 0, -2}
	fmt.Println(slices.Min(a), slices.Max(a), slices.Min(Ints{5}), slices.Max([]uint8{3, 250, 7}))
	nan := math.NaN()
	fmt.Println(slices.Min(Temps{1, nan, -5}), slices.Max([]float64{nan, 3}), slices.Max([]float64{3, nan}))
	fmt.Println(slices.Min([]float64{0, math.Copysign(0, -1)}), slices.Max([]float64{math.Copysign(0, -1), 0}))
	fmt.Println(slices.Min([]float64{math.Inf(1), 2}), slices.Max([]float64{math.Inf(-1)}))
	fmt.Println(slices.Min([]string{"pear", "apple", "fig"}), slices.Max([]string{"pear", "apple", "fig", "pea"}))

	type pair struct {
		k string
		v int
	}
	ps := []pair{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 1}}
	byV := func(x, y pair) int { return cmp.Compare(x.v, y.v) }
	fmt.Println(slices.MinFunc(ps, byV), slices.MaxFunc(ps, byV))
	byLen := func(x, y string) int { return len(x) - len(y) }
	fmt.Println(slices.MinFunc([]string{"ccc", "a", "bb", "b"}, byLen), slices.MaxFunc([]string{"ccc", "a", "ddd"}, byLen))

	// Reverse.
	r := Ints{1, 2, 3, 4, 5}
	slices.Reverse(r)
	fmt.Println(r)
	slices.Reverse(r[1:4])
	fmt.Println(r)
	e := []string{}
	slices.Reverse(e)
	one := []string{"x"}
	slices.Reverse(one)
	fmt.Println(e, one)
	even := []rune("abcdef")
	slices.Reverse(even)
	fmt.Println(string(even))

	// Concat and Repeat.
	c := slices.Concat(Ints{1, 2}, nil, Ints{3}, Ints{}, Ints{4, 5, 6})
	fmt.Printf("%T %v %d %d\n", c, c, len(c), cap(c))
	fmt.Println(slices.Concat[Ints]() == nil, slices.Concat(Ints{}, nil) == nil)
	cs := slices.Concat([]string{"a"}, []string{"b", "c"})
	fmt.Println(cs, len(cs), cap(cs))
	rp := slices.Repeat(Ints{1, 2, 3}, 4)
	fmt.Printf("%T %v %d %d\n", rp, rp, len(rp), cap(rp))
	fmt.Println(slices.Repeat([]string{"ab"}, 3), slices.Repeat(Ints{7}, 0), slices.Repeat(Ints(nil), 5) == nil, len(slices.Repeat(Ints(nil), 5)))
	fmt.Println(len(slices.Repeat([]byte("xyz"), 1000)), slices.Repeat([]bool{true, false}, 3))

	// Panics, recovered.
	try("min empty", func() { slices.Min(Ints{}) })
	try("max empty", func() { slices.Max([]string(nil)) })
	try("minfunc empty", func() { slices.MinFunc([]int{}, cmp.Compare[int]) })
	try("maxfunc empty", func() { slices.MaxFunc([]int{}, cmp.Compare[int]) })
	try("grow negative", func() { slices.Grow(Ints{}, -1) })
	try("repeat negative", func() { slices.Repeat(Ints{1}, -2) })
	try("repeat overflow", func() { slices.Repeat(Ints{1, 2}, math.MaxInt/2+1) })
	try("insert past end", func() { slices.Insert(Ints{1, 2}, 3, 9) })
	try("insert negative", func() { slices.Insert(Ints{1, 2}, -1) })
	try("delete reversed", func() { slices.Delete(Ints{1, 2, 3}, 2, 1) })
	try("delete past end", func() { slices.Delete(Ints{1, 2, 3}, 1, 4) })
	try("replace past end", func() { slices.Replace(Ints{1, 2, 3}, 2, 5, 0) })
	try("replace reversed", func() { slices.Replace(Ints{1, 2, 3}, 2, 1) })
	try("no panic", func() { slices.Delete(Ints{1}, 1, 1) })

	var ee error = errors.New("x")
	fmt.Println(slices.Index([]error{nil, ee}, ee))
}
