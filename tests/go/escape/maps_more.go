// Maps of slices and structs: appending to m[k], nested maps, struct values read back,
// and map values copied out.
package main

type Stat struct {
	count int
	names []string
}

func group(words []string) map[byte][]string { // ERROR "leaking param content: words$"
	m := make(map[byte][]string) // ERROR "make\(map\[byte\]\[\]string\) escapes to heap$"
	for _, w := range words {
		m[w[0]] = append(m[w[0]], w) // ERROR "append escapes to heap$"
	}
	return m
}

func groupLocal(words []string) int { // ERROR "leaking param content: words$"
	m := make(map[byte][]string) // ERROR "make\(map\[byte\]\[\]string\) does not escape$"
	for _, w := range words {
		m[w[0]] = append(m[w[0]], w) // ERROR "append escapes to heap$"
	}
	return len(m)
}

func nested() map[string]map[string]int {
	outer := map[string]map[string]int{} // ERROR "map\[string\]map\[string\]int\{\} escapes to heap$"
	outer["a"] = map[string]int{"x": 1} // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
	return outer
}

func nestedLocal() int {
	outer := map[string]map[string]int{} // ERROR "map\[string\]map\[string\]int\{\} does not escape$"
	outer["a"] = make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
	outer["a"]["x"] = 2
	return outer["a"]["x"]
}

func stats(words []string) map[string]*Stat { // ERROR "leaking param content: words$"
	m := map[string]*Stat{} // ERROR "map\[string\]\*Stat\{\} escapes to heap$"
	for _, w := range words {
		s, ok := m[w]
		if !ok {
			s = &Stat{} // ERROR "&Stat\{\} escapes to heap$"
			m[w] = s
		}
		s.count++
	}
	return m
}

func structValues() int {
	m := map[string]Stat{} // ERROR "map\[string\]Stat\{\} does not escape$"
	m["a"] = Stat{count: 1}
	st := m["a"]
	st.count++
	return st.count
}

func countWords(text []string) map[string]int { // ERROR "leaking param content: text$"
	counts := make(map[string]int, len(text)) // ERROR "make\(map\[string\]int, len\(text\)\) escapes to heap$"
	for _, t := range text {
		counts[t]++
	}
	return counts
}

func main() {
	_ = group([]string{"ab", "ac"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	_ = groupLocal([]string{"ab"}) // ERROR "\[\]string\{\.\.\.\} does not escape$"
	_ = nested()
	_ = nestedLocal()
	_ = stats(nil)
	_ = structValues()
	_ = countWords(nil)
}
