// How gc prints calls in report lines: method calls in method-expression form
// (`(*Tree).Sum(root)`, `Celsius.String(c)`), function calls with their arguments,
// conversions parenthesised.
package main

import "fmt"

type Tree struct {
	left, right *Tree
	val         int
}

func (t *Tree) Sum() int { // ERROR "t does not escape$"
	if t == nil {
		return 0
	}
	return t.val + t.left.Sum() + t.right.Sum()
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1fC", float64(c)) } // ERROR "\.\.\. argument does not escape$" "float64\(c\) escapes to heap$"

func (c Celsius) Double() Celsius { return c * 2 }

func double(x int) int { return 2 * x }

func main() {
	root := &Tree{val: 1, left: &Tree{val: 2}} // ERROR "&Tree\{\.\.\.\} does not escape$" "&Tree\{\.\.\.\} escapes to heap$"
	fmt.Println(root.Sum()) // ERROR "\.\.\. argument does not escape$" "\(\*Tree\)\.Sum\(root\) escapes to heap$"
	c := Celsius(21.5)
	fmt.Println(c.String()) // ERROR "\.\.\. argument does not escape$" "Celsius\.String\(c\) escapes to heap$"
	fmt.Println(c.Double()) // ERROR "\.\.\. argument does not escape$" "Celsius\.Double\(c\) escapes to heap$"
	fmt.Println(double(4)) // ERROR "\.\.\. argument does not escape$" "double\(4\) escapes to heap$"
	fmt.Println(float64(c)) // ERROR "\.\.\. argument does not escape$" "float64\(c\) escapes to heap$"
	fmt.Println(int64(double(2))) // ERROR "\.\.\. argument does not escape$" "int64\(double\(2\)\) escapes to heap$"
	fmt.Println(root.val, root.left) // ERROR "\.\.\. argument does not escape$" "root\.val escapes to heap$"
	fmt.Println(len("abc"), cap(make([]int, 3))) // ERROR "\.\.\. argument does not escape$" "3 escapes to heap$" "cap\(make\(\[\]int, 3\)\) escapes to heap$" "make\(\[\]int, 3\) does not escape$"
	fmt.Println(c) // ERROR "\.\.\. argument does not escape$" "Celsius\(21\.5\) escapes to heap$"
}
