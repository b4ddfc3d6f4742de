// User variadic functions: the implicit slice is `... argument`, escaping or not with the
// parameter.
package main

var kept [][]int
var keptAny []any

func sum(nums ...int) int { // ERROR "nums does not escape$"
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func keep(nums ...int) { // ERROR "leaking param: nums$"
	kept = append(kept, nums) // ERROR "append escapes to heap$"
}

func keepAll(vals ...any) { // ERROR "leaking param: vals$"
	keptAny = vals
}

func first(ps ...*int) *int { // ERROR "leaking param: ps to result ~r0 level=1$"
	return ps[0]
}

func count(vals ...any) int { // ERROR "vals does not escape$"
	return len(vals)
}

func main() {
	_ = sum(1, 2, 3) // ERROR "\.\.\. argument does not escape$"
	keep(4, 5) // ERROR "\.\.\. argument escapes to heap$"
	keepAll(6, "seven") // ERROR "\.\.\. argument escapes to heap$" "6 escapes to heap$" "\"seven\" escapes to heap$"
	a, b := 1, 2
	_ = first(&a, &b) // ERROR "\.\.\. argument does not escape$"
	_ = count(1, 2.5, "x") // ERROR "\.\.\. argument does not escape$" "1 does not escape$" "2\.5 does not escape$" "\"x\" does not escape$"
	s := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	_ = sum(s...)
	keep(s...)
}
