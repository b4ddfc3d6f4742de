// Closures in loops: per-iteration loop variables (Go 1.22) captured by value or by
// reference, closures kept across iterations, and range-over-int loops.
package main

var saved []func() int

func threeClause() {
	for i := 0; i < 3; i++ {
		saved = append(saved, func() int { return i }) // ERROR "append escapes to heap$" "func literal escapes to heap$"
	}
}

func threeClauseMutated() {
	for i := 0; i < 3; i++ { // ERROR "moved to heap: i$"
		saved = append(saved, func() int { i++; return i }) // ERROR "append escapes to heap$" "func literal escapes to heap$"
	}
}

func rangeInt(n int) {
	for i := range n {
		saved = append(saved, func() int { return i * 2 }) // ERROR "append escapes to heap$" "func literal escapes to heap$"
	}
}

func localInLoop() int {
	t := 0
	for i := 0; i < 3; i++ {
		f := func() int { return i + 1 } // ERROR "func literal does not escape$"
		t += f()
	}
	return t
}

func accumulate() func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i }) // ERROR "append escapes to heap$" "func literal escapes to heap$"
	}
	return func() int { // ERROR "func literal escapes to heap$"
		t := 0
		for _, f := range fs {
			t += f()
		}
		return t
	}
}

func outerCapture() int {
	sum := 0
	for i := 0; i < 4; i++ {
		add := func() { sum += i } // ERROR "func literal does not escape$"
		add()
	}
	return sum
}

func main() {
	threeClause()
	threeClauseMutated()
	rangeInt(2)
	_ = localInLoop()
	_ = accumulate()()
	_ = outerCapture()
}
