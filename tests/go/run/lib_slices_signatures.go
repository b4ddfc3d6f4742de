package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Ints []int
type Names []string
type Ages map[string]int

// Every function, explicitly instantiated with all its type arguments in
// Go's order; %T shows the instance's exact signature.
func main() {
	show := func(name string, f any) { fmt.Printf("%-18s %T\n", name, f) }
	show("cmp.Less", cmp.Less[float64])
	show("cmp.Compare", cmp.Compare[string])
	show("cmp.Or", cmp.Or[error])

	show("Equal", slices.Equal[Ints, int])
	show("EqualFunc", slices.EqualFunc[Ints, Names, int, string])
	show("Compare", slices.Compare[Names, string])
	show("CompareFunc", slices.CompareFunc[[]byte, Ints, byte, int])
	show("Index", slices.Index[Ints, int])
	show("IndexFunc", slices.IndexFunc[Names, string])
	show("Contains", slices.Contains[[]bool, bool])
	show("ContainsFunc", slices.ContainsFunc[Ints, int])
	show("Insert", slices.Insert[Ints, int])
	show("Delete", slices.Delete[Names, string])
	show("DeleteFunc", slices.DeleteFunc[Ints, int])
	show("Replace", slices.Replace[Ints, int])
	show("Clone", slices.Clone[[]float32, float32])
	show("Compact", slices.Compact[Ints, int])
	show("CompactFunc", slices.CompactFunc[Names, string])
	show("Grow", slices.Grow[Ints, int])
	show("Clip", slices.Clip[Ints, int])
	show("Reverse", slices.Reverse[[]rune, rune])
	show("Concat", slices.Concat[Ints, int])
	show("Repeat", slices.Repeat[Names, string])
	show("Sort", slices.Sort[Ints, int])
	show("SortFunc", slices.SortFunc[Names, string])
	show("SortStableFunc", slices.SortStableFunc[Ints, int])
	show("IsSorted", slices.IsSorted[Ints, int])
	show("IsSortedFunc", slices.IsSortedFunc[Ints, int])
	show("Min", slices.Min[Ints, int])
	show("MinFunc", slices.MinFunc[Names, string])
	show("Max", slices.Max[[]uint, uint])
	show("MaxFunc", slices.MaxFunc[Ints, int])
	show("BinarySearch", slices.BinarySearch[Names, string])
	show("BinarySearchFunc", slices.BinarySearchFunc[Names, string, int])

	show("maps.Equal", maps.Equal[Ages, map[string]int, string, int])
	show("maps.EqualFunc", maps.EqualFunc[Ages, map[string]bool, string, int, bool])
	show("maps.Clone", maps.Clone[Ages, string, int])
	show("maps.Copy", maps.Copy[map[string]int, Ages, string, int])
	show("maps.DeleteFunc", maps.DeleteFunc[Ages, string, int])

	// Partial instantiation in calls: the rest is inferred.
	fmt.Println(slices.Index[Ints](Ints{4, 5}, 5), slices.Insert[Ints](nil, 0, 7, 8), slices.Max[[]float64]([]float64{1, 3}))
	fmt.Println(slices.BinarySearchFunc[Names, string](Names{"a", "bb"}, 2, func(s string, n int) int { return len(s) - n }))
	fmt.Println(maps.Clone[Ages](Ages{"z": 1}), cmp.Or[string]("", "o"))

	// Assigned to variables of the instance's function type.
	var idx func(Ints, int) int = slices.Index[Ints, int]
	var ins func(Ints, int, ...int) Ints = slices.Insert[Ints, int]
	var bsf func(Names, int, func(string, int) int) (int, bool) = slices.BinarySearchFunc[Names, string, int]
	var del func(Ages, func(string, int) bool) = maps.DeleteFunc[Ages, string, int]
	fmt.Println(idx(Ints{1, 2}, 2), ins(Ints{1}, 1, 2, 3))
	fmt.Println(bsf(Names{"x", "yyy"}, 3, func(s string, n int) int { return len(s) - n }))
	a := Ages{"a": 1, "b": 2}
	del(a, func(k string, v int) bool { return v > 1 })
	fmt.Println(a)
}
