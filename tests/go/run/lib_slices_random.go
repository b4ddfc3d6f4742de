package main

import (
	"cmp"
	"fmt"
	"slices"
)

// Random edits on slices that share arrays, checked against a naive model
// that always copies.

var seed uint64 = 88172645463325252

func rnd(n int) int {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return int(seed % uint64(n))
}

func modelInsert(s []int, i int, v []int) []int {
	r := append([]int{}, s[:i]...)
	r = append(r, v...)
	return append(r, s[i:]...)
}

func modelReplace(s []int, i, j int, v []int) []int {
	r := append([]int{}, s[:i]...)
	r = append(r, v...)
	return append(r, s[j:]...)
}

func main() {
	arr := make([]int, 64)
	for i := range arr {
		arr[i] = i
	}
	s := arr[:20:40]
	bad := 0
	sum := 0
	for step := 0; step < 3000; step++ {
		n := len(s)
		var want []int
		switch op := rnd(6); op {
		case 0, 1: // insert, v maybe from s's own array
			i := rnd(n + 1)
			var v []int
			if rnd(2) == 0 && cap(s) > 0 {
				a := rnd(cap(s))
				b := a + rnd(min(5, cap(s)-a)+1)
				v = s[:cap(s)][a:b]
			} else {
				v = []int{rnd(1000), rnd(1000)}
			}
			want = modelInsert(s, i, v)
			s = slices.Insert(s, i, v...)
		case 2: // delete
			if n == 0 {
				continue
			}
			i := rnd(n)
			j := i + rnd(n-i+1)
			want = modelReplace(s, i, j, nil)
			s = slices.Delete(s, i, j)
		case 3: // replace, v maybe from s's own array
			i := rnd(n + 1)
			j := i + rnd(n-i+1)
			var v []int
			if rnd(2) == 0 && cap(s) > 0 {
				a := rnd(cap(s))
				b := a + rnd(min(6, cap(s)-a)+1)
				v = s[:cap(s)][a:b]
			} else {
				v = make([]int, rnd(4))
				for k := range v {
					v[k] = 1000 + rnd(1000)
				}
			}
			want = modelReplace(s, i, j, v)
			s = slices.Replace(s, i, j, v...)
		case 4: // compact / delete func
			want = nil
			for _, x := range s {
				if x%7 != 0 {
					want = append(want, x)
				}
			}
			s = slices.DeleteFunc(s, func(x int) bool { return x%7 == 0 })
			if len(want) == 0 {
				want = s[:0]
			}
		case 5:
			if len(s) > 60 {
				s = slices.Clip(s[:30])
			}
			s2 := slices.Clone(s)
			slices.SortFunc(s2, func(a, b int) int { return cmp.Compare(a%10, b%10) })
			want = s
			if !slices.IsSortedFunc(s2, func(a, b int) int { return cmp.Compare(a%10, b%10) }) {
				bad++
			}
			if rnd(4) == 0 {
				s = slices.Compact(s2)
				want = s
			}
		}
		if !slices.Equal(s, want) {
			bad++
			if bad < 5 {
				fmt.Println("step", step, "got", s, "want", want)
			}
		}
		for _, x := range s {
			sum = (sum*31 + x) % 1000000007
		}
		if step%500 == 0 {
			fmt.Println(step, len(s), cap(s), sum)
		}
	}
	fmt.Println("bad:", bad, "final:", len(s), cap(s), sum, s[:min(10, len(s))])
}
