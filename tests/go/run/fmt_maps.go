package main

import (
	"fmt"
	"math"
)

type Point struct{ X, Y int }

type Key struct {
	Name string
	N    int
}

func main() {
	m := map[string]int{}
	for i := 0; i < 1000; i++ {
		m[fmt.Sprint("k", i)] = i
	}
	fmt.Println(len(m), m["k0"], m["k999"], m["nope"])
	v, ok := m["k500"]
	fmt.Println(v, ok)
	v, ok = m["zzz"]
	fmt.Println(v, ok)
	for i := 0; i < 1000; i += 2 {
		delete(m, fmt.Sprint("k", i))
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		if k[0] != 'k' {
			panic("bad key")
		}
		sum += v
	}
	fmt.Println(sum)

	// Deleting entries not yet reached: they must not be produced.
	d := map[int]bool{}
	for i := 0; i < 100; i++ {
		d[i] = true
	}
	seen := 0
	for k := range d {
		seen++
		for j := 0; j < 100; j++ {
			if j != k {
				delete(d, j)
			}
		}
	}
	fmt.Println(seen, len(d))

	// Struct and array keys, float keys, NaN.
	pm := map[Point]string{{1, 2}: "a", {0, 5}: "b", {1, 0}: "c"}
	fmt.Println(pm, pm[Point{1, 2}])
	km := map[Key][2]int{{"b", 1}: {1, 2}, {"a", 2}: {3, 4}, {"a", 1}: {5, 6}}
	fmt.Println(km)
	fm := map[float64]int{}
	fm[math.NaN()] = 1
	fm[math.NaN()] = 2
	fm[0.0] = 3
	fm[math.Copysign(0, -1)] = 4
	fm[-1.5] = 5
	fm[math.Inf(1)] = 6
	fmt.Println(len(fm), fm[0], fm)
	_, ok = fm[math.NaN()]
	fmt.Println(ok)
	clear(fm)
	fmt.Println(len(fm), fm)

	// Interface keys.
	im := map[any]int{1: 1, 2: 2}
	im[1] = 10
	im[int8(1)] = 11
	fmt.Println(len(im), im[1], im[int8(1)], im[int16(1)])
	defer func() {
		fmt.Println("recovered:", recover())
		var nm map[string]int
		fmt.Println(nm["x"], len(nm), nm)
		defer func() { fmt.Println("recovered:", recover()) }()
		nm["a"] = 1
	}()
	im[[]int{1}] = 3
}
