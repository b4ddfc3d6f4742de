package main

import "fmt"

type Point struct {
	X, Y int
}

type Person struct {
	Name    string
	Age     int
	Tags    []string
	Home    *Point
	private float64
	Meta    map[string]int
	Any     interface{}
}

type Pair struct {
	K string
	V interface{}
}

type MyInts []int
type Money int64

func main() {
	p := Point{1, -2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	pp := &p
	fmt.Printf("%v|%+v|%#v|%T\n", pp, pp, pp, pp)
	per := Person{"Ann", 30, []string{"a", "b"}, nil, 1.5, map[string]int{"z": 1, "a": 2}, 3}
	fmt.Printf("%v\n%+v\n", per, per)
	fmt.Printf("%#v\n", per)
	s := []Point{{1, 2}, {3, 4}}
	fmt.Printf("%v|%+v|%#v\n", s, s, s)
	m := map[string]Point{"b": {2, 2}, "a": {1, 1}}
	fmt.Printf("%v|%+v|%#v\n", m, m, m)
	arr := [2]bool{true, false}
	fmt.Printf("%v|%#v|%T\n", arr, arr, arr)
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *Point
	var nilIface interface{}
	fmt.Printf("%v %v %v %v\n", nilSlice, nilMap, nilPtr, nilIface)
	fmt.Printf("%#v %#v %#v %#v\n", nilSlice, nilMap, nilPtr, nilIface)
	fmt.Printf("%#v %#v %#v\n", []int{}, map[int]bool{}, struct{}{})
	fmt.Printf("%#v %#v %#v %#v\n", "str", 'r', 2.5, true)
	fmt.Printf("%v %#v %T\n", MyInts{1, 2}, MyInts{1, 2}, MyInts{})
	fmt.Printf("%v %#v\n", Money(5), Money(5))
	fmt.Printf("%v %+v\n", Pair{"k", []int{1}}, []Pair{{"a", 1}, {"b", "x"}})
	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5})
	fmt.Printf("%v\n", [][]string{{"a"}, {}, {"b", "c"}})
	nested := map[string][]int{"x": {1, 2}, "a": nil}
	fmt.Printf("%v\n", nested)
	anon := struct {
		A int
		B string
	}{1, "b"}
	fmt.Printf("%v %+v %#v\n", anon, anon, anon)
	fmt.Printf("%T %T %T %T\n", nilIface, []interface{}{}, map[string][]*Point{}, func(int) string { return "" })
	fmt.Printf("%T %T %T\n", struct{ A int }{}, [3][]int{}, (*int)(nil))
	fmt.Printf("%v\n", &[]int{1})
	fmt.Printf("%v %v\n", &map[string]int{"a": 1}, &[2]int{})
	fmt.Printf("%x %X\n", Point{10, 255}, []string{"hi", "yo"})
	fmt.Printf("%d %s\n", p, p)
	fmt.Printf("%05d|%6.2f|%q\n", []int{1, -2}, []float64{1, 2.5}, []interface{}{"a", 1})
}
