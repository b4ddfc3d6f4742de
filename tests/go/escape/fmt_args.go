// fmt's ...any: the variadic slice does not escape (`... argument does not escape`), but each
// argument converted to an interface escapes (fmt's parameters leak their contents).
package main

import (
	"fmt"
	"os"
)

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) } // ERROR "\.\.\. argument does not escape$" "p\.X escapes to heap$" "p\.Y escapes to heap$"

func printInts() {
	x := 10
	y := 20
	fmt.Println(x, y) // ERROR "\.\.\. argument does not escape$" "10 escapes to heap$" "20 escapes to heap$"
	fmt.Println(x + y) // ERROR "\.\.\. argument does not escape$" "x \+ y escapes to heap$"
}

func printString() {
	s := "hello"
	fmt.Println(s) // ERROR "\.\.\. argument does not escape$" "\"hello\" escapes to heap$"
	fmt.Println("literal") // ERROR "\.\.\. argument does not escape$" "\"literal\" escapes to heap$"
}

func printStruct() {
	p := P{1, 2}
	fmt.Println(p) // ERROR "\.\.\. argument does not escape$" "p escapes to heap$"
	fmt.Printf("%v %d\n", p, p.X) // ERROR "\.\.\. argument does not escape$" "p escapes to heap$" "p\.X escapes to heap$"
}

func printPtr() {
	p := &P{3, 4} // ERROR "&P\{\.\.\.\} escapes to heap$"
	fmt.Println(p) // ERROR "\.\.\. argument does not escape$"
}

func printLocalPtrValue() {
	p := &P{5, 6} // ERROR "&P\{\.\.\.\} does not escape$"
	fmt.Println(p.X) // ERROR "\.\.\. argument does not escape$" "p\.X escapes to heap$"
}

func sprintf(n int) string {
	return fmt.Sprintf("n=%d", n) // ERROR "\.\.\. argument does not escape$" "n escapes to heap$"
}

func errorf(op string) error { // ERROR "leaking param: op$"
	return fmt.Errorf("op %s failed", op) // ERROR "\.\.\. argument does not escape$" "op escapes to heap$"
}

func fprint() {
	fmt.Fprintln(os.Stdout, "to stdout", 1) // ERROR "\.\.\. argument does not escape$" "\"to stdout\" escapes to heap$" "1 escapes to heap$"
}

func printSlice() {
	s := []int{1, 2} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
	fmt.Println(s) // ERROR "\.\.\. argument does not escape$" "s escapes to heap$"
}

func printNothing() {
	fmt.Println()
}

func printSpread(args []any) { // ERROR "leaking param content: args$"
	fmt.Println(args...)
}

func main() {
	printInts()
	printString()
	printStruct()
	printPtr()
	printLocalPtrValue()
	_ = sprintf(1)
	_ = errorf("x")
	fprint()
	printSlice()
	printNothing()
	printSpread([]any{1}) // ERROR "\[\]any\{\.\.\.\} does not escape$" "1 escapes to heap$"
}
