package main

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
)

type Temps []float64

// Untyped constant arguments take the element type the slice argument
// fixes (through S's core type ~[]E), not their default type.
func main() {
	fs := []float64{0.5, 1, 2.5}
	fmt.Println(slices.Contains(fs, 1), slices.Index(fs, 2.5), slices.Index(Temps(fs), 2))
	i, ok := slices.BinarySearch(fs, 1)
	fmt.Println(i, ok)
	fs = slices.Insert(fs, 1, 0.75, 1)
	fmt.Println(fs)
	fs = slices.Replace(fs, 0, 1, 3, 4)
	fmt.Println(fs)

	anys := []any{1, "a", nil, 2.5}
	fmt.Println(slices.Index(anys, "a"), slices.Index(anys, 1), slices.Contains(anys, nil), slices.Index(anys, 2.5))
	anys = slices.Insert(anys, 0, 1, "x", nil)
	fmt.Println(anys, len(anys))

	u8 := []uint8{1, 200}
	fmt.Println(slices.Index(u8, 200), slices.Contains(u8, 'a'))
	rs := []rune("héllo")
	fmt.Println(slices.Index(rs, 'é'), slices.Contains(rs, 104))

	m := map[string]float64{"x": 1}
	n := map[string]float64{"x": 1.0}
	fmt.Println(maps.Equal(m, n), cmp.Compare(2, 2.5), cmp.Or(0, 1.5))
}
