// Calls into the standard library use the library functions' summaries (gc's export data
// tags): strings and strconv results are new heap strings; sort.Slice's less closure does not
// escape; arguments of pure functions do not escape.
package main

import (
	"sort"
	"strconv"
	"strings"
)

type Person struct {
	Name string
	Age  int
}

func upper(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.ToUpper(s)
}

func contains(s, sub string) bool { // ERROR "s does not escape$" "sub does not escape$"
	return strings.Contains(s, sub)
}

func split(s string) []string { // ERROR "leaking param: s$"
	return strings.Split(s, ",")
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func atoi(s string) int { // ERROR "s does not escape$"
	n, _ := strconv.Atoi(s)
	return n
}

func sortPeople(ps []Person) { // ERROR "leaking param: ps$"
	sort.Slice(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age }) // ERROR "ps escapes to heap$" "func literal does not escape$"
}

func sortInts() []int {
	s := []int{3, 1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	sort.Ints(s)
	return s
}

func sortLocal() int {
	s := []int{3, 1, 2} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	sort.Ints(s)
	return s[0]
}

func builderLocal() int {
	var b strings.Builder
	b.WriteString("abc")
	b.WriteByte('d')
	return b.Len()
}

func fields(s string) int { // ERROR "leaking param: s$"
	return len(strings.Fields(s))
}

func repeat(n int) string {
	return strings.Repeat("ab", n)
}

func trim(s string) string { // ERROR "leaking param: s to result ~r0 level=0$"
	return strings.TrimSpace(s)
}

func formatFloat(f float64) string {
	return strconv.FormatFloat(f, 'f', 2, 64)
}

func main() {
	_ = upper("a")
	_ = contains("abc", "b")
	_ = split("a,b")
	_ = itoa(1)
	_ = atoi("1")
	sortPeople([]Person{{"a", 2}, {"b", 1}}) // ERROR "\[\]Person\{\.\.\.\} escapes to heap$"
	_ = sortInts()
	_ = sortLocal()
	_ = builderLocal()
	_ = fields("a b")
	_ = repeat(2)
	_ = trim(" x ")
	_ = formatFloat(1.5)
}
