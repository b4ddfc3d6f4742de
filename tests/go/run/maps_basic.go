package main

import "fmt"

type Key struct {
	A string
	B int
}

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(m, len(m))
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "missing")
	fmt.Println(m)
	var nm map[string]int
	fmt.Println(nm == nil, nm["x"], len(nm))
	delete(nm, "x")
	sk := map[Key][]int{}
	sk[Key{"a", 1}] = append(sk[Key{"a", 1}], 5)
	sk[Key{"a", 1}] = append(sk[Key{"a", 1}], 6)
	sk[Key{"b", 0}] = nil
	fmt.Println(sk, len(sk))
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	im := map[int]string{3: "c", -1: "neg", 10: "j", 0: "z"}
	fmt.Println(im)
	fm := map[float64]bool{2.5: true, -1: false, 0.5: true}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	nested := map[string]map[string]int{}
	for _, p := range [][2]string{{"a", "x"}, {"a", "y"}, {"b", "x"}} {
		if nested[p[0]] == nil {
			nested[p[0]] = map[string]int{}
		}
		nested[p[0]][p[1]]++
	}
	fmt.Println(nested)
	alias := m
	alias["new"] = 42
	fmt.Println(m["new"])
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	pm := map[*int]int{}
	p := new(int)
	pm[p] = 1
	pm[p]++
	fmt.Println(pm[p], len(pm))
	im2 := map[interface{}]string{1: "int", "1": "string", 1.0: "float"}
	fmt.Println(len(im2), im2[1], im2["1"], im2[1.0])
	big := make(map[int]int, 10)
	for i := 0; i < 1000; i++ {
		big[i%37] += i
	}
	fmt.Println(len(big), big[0], big[36])
	clear(big)
	fmt.Println(len(big))
	fmt.Printf("%v %d\n", map[string]int{"b": 2, "a": 1}, map[string]int{"z": 26})
}
