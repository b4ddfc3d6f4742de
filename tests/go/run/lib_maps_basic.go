package main

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Ages map[string]int
type Set map[int]struct{}

type key struct {
	x, y int
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func main() {
	a := Ages{"ann": 30, "bob": 25, "cy": 41}
	b := map[string]int{"cy": 41, "ann": 30, "bob": 25}
	fmt.Println(maps.Equal(a, b), maps.Equal(b, a), maps.Equal(a, Ages{}))
	b["bob"] = 26
	fmt.Println(maps.Equal(a, b))
	delete(b, "bob")
	b["dan"] = 25
	fmt.Println(maps.Equal(a, b))
	var nilMap map[string]int
	fmt.Println(maps.Equal(nilMap, map[string]int{}), maps.Equal(nilMap, Ages(nil)))
	nan := math.NaN()
	fmt.Println(maps.Equal(map[int]float64{1: nan}, map[int]float64{1: nan}))
	fmt.Println(maps.Equal(map[float64]int{nan: 1}, map[float64]int{nan: 1}))
	fmt.Println(maps.Equal(map[key]string{{1, 2}: "a"}, map[key]string{{1, 2}: "a"}), maps.Equal(Set{1: {}}, Set{2: {}}))

	lower := map[string]string{"x": "hello", "y": "WORLD"}
	upper := map[string]string{"x": "HELLO", "y": "world"}
	fmt.Println(maps.EqualFunc(lower, upper, strings.EqualFold), maps.EqualFunc(lower, upper, func(a, b string) bool { return a == b }))
	counts := map[string]int{"x": 5, "y": 5}
	fmt.Println(maps.EqualFunc(lower, counts, func(s string, n int) bool { return len(s) == n }))
	fmt.Println(maps.EqualFunc(map[string]int{"x": 5}, counts, func(a, b int) bool { return true }))

	c := maps.Clone(a)
	fmt.Printf("%T %v %v\n", c, c, maps.Equal(a, c))
	c["eve"] = 19
	c["ann"]++
	fmt.Println(a, c)
	fmt.Println(maps.Clone(Ages(nil)) == nil, maps.Clone(map[int]int{}) == nil, len(maps.Clone(Set{})))
	nanKeys := map[float64]string{nan: "a", math.NaN(): "b", 1: "c"}
	nc := maps.Clone(nanKeys)
	fmt.Println(len(nc), nc[1])
	deep := map[string][]int{"p": {1, 2}}
	dc := maps.Clone(deep)
	dc["p"][0] = 99
	fmt.Println(deep, dc)

	dst := map[string]int{"a": 1, "b": 2}
	maps.Copy(dst, Ages{"b": 20, "c": 30})
	fmt.Println(dst)
	maps.Copy(dst, Ages(nil))
	fmt.Println(dst)
	var s Set = Set{}
	maps.Copy(s, map[int]struct{}{3: {}, 1: {}})
	maps.Copy(s, Set{2: {}})
	fmt.Println(len(s), s)

	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = strings.Repeat("*", i%4)
	}
	maps.DeleteFunc(m, func(k int, v string) bool { return k%3 == 0 || v == "" })
	fmt.Println(len(m), m)
	maps.DeleteFunc(m, func(int, string) bool { return true })
	fmt.Println(len(m), m)
	ages := Ages{"ann": 30, "bob": 17, "cy": 12, "dan": 45}
	maps.DeleteFunc(ages, func(_ string, age int) bool { return age < 18 })
	fmt.Println(sortedKeys(ages), ages)
	var nm map[string]int
	maps.DeleteFunc(nm, func(string, int) bool { return true })
	fmt.Println(nm == nil)

	// Explicit instantiation.
	eq := maps.Equal[Ages, map[string]int, string, int]
	fmt.Println(eq(Ages{"q": 1}, map[string]int{"q": 1}))
	cl := maps.Clone[map[key]bool, key, bool]
	fmt.Println(cl(map[key]bool{{1, 1}: true, {0, 2}: false}))
}
