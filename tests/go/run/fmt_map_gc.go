package main

import (
	"fmt"
	"runtime"
	"strconv"
)

type Node struct {
	Val  int
	Name string
	Next *Node
}

func main() {
	m := map[string]*Node{}
	im := map[int][]string{}
	am := map[any]any{}
	for round := 0; round < 20; round++ {
		for i := 0; i < 5000; i++ {
			k := "key" + strconv.Itoa(i*round)
			m[k] = &Node{Val: i, Name: k + "!", Next: &Node{Val: -i}}
			im[i%100] = append(im[i%100], k)
			am[k] = []int{i, round}
			am[i] = k
		}
		for i := 0; i < 5000; i += 2 {
			delete(m, "key"+strconv.Itoa(i*round))
		}
		// garbage
		for j := 0; j < 2000; j++ {
			_ = make([]byte, 100)
		}
		runtime.GC()
	}
	bad := 0
	total := 0
	for k, v := range m {
		total++
		if v.Name != k+"!" || v.Next.Val != -v.Val {
			bad++
		}
	}
	n := 0
	for _, v := range im {
		n += len(v)
	}
	okAny := 0
	for k, v := range am {
		if s, ok := k.(string); ok {
			if v.([]int)[0] >= 0 && len(s) > 3 {
				okAny++
			}
		} else if am[v] != nil {
			okAny++
		}
	}
	fmt.Println(total, bad, n, len(am), okAny)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Println(ms.NumGC > 0)
}
