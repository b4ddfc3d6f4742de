package main

import (
	"fmt"
	"sort"
	"strings"
)

type Stats struct {
	Count int
	Sum   float64
}

func main() {
	m := map[string]Stats{}
	for i, name := range []string{"a", "b", "a", "c", "a", "b"} {
		s := m[name]
		s.Count++
		s.Sum += float64(i)
		m[name] = s
	}
	fmt.Println(m)
	pm := map[string]*Stats{}
	for _, name := range []string{"x", "y", "x"} {
		if pm[name] == nil {
			pm[name] = &Stats{}
		}
		pm[name].Count++
	}
	fmt.Println(pm["x"].Count, pm["y"].Count, len(pm))
	graph := map[string][]string{
		"a": {"b", "c"},
		"b": {"d"},
		"c": {"d", "e"},
		"d": {"e"},
		"e": nil,
	}
	visited := map[string]bool{}
	var order []string
	var dfs func(string)
	dfs = func(n string) {
		if visited[n] {
			return
		}
		visited[n] = true
		for _, nb := range graph[n] {
			dfs(nb)
		}
		order = append(order, n)
	}
	dfs("a")
	fmt.Println(order)
	inv := map[int][]string{}
	words := strings.Fields("go is fun and go is fast and simple")
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	for w, f := range freq {
		inv[f] = append(inv[f], w)
	}
	for _, ws := range inv {
		sort.Strings(ws)
	}
	fmt.Println(inv)
	del := map[int]int{}
	for i := 0; i < 100; i++ {
		del[i] = i * i
	}
	for k := range del {
		if k%3 != 0 {
			delete(del, k)
		}
	}
	fmt.Println(len(del), del[99], del[98])
	funcs := map[string]func(float64) float64{
		"half":   func(x float64) float64 { return x / 2 },
		"square": func(x float64) float64 { return x * x },
	}
	keys := []string{}
	for k := range funcs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, funcs[k](3))
	}
	arrKey := map[[2]int]string{{0, 1}: "01", {1, 0}: "10"}
	fmt.Println(arrKey[[2]int{1, 0}], arrKey)
	ik := map[interface{}]int{}
	ik[1]++
	ik[int64(1)]++
	ik["1"]++
	ik[1]++
	ik[[2]int{1, 1}]++
	fmt.Println(len(ik), ik[1], ik[int64(1)])
	mm := map[string]int{"k": 1}
	v := mm["k"]
	v++
	fmt.Println(mm["k"], v)
}
