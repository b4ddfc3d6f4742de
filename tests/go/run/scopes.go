package main

import "fmt"

var x = "package"

func shadow() {
	fmt.Println(x)
	x := "function"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
	}
	if x := "if"; x != "" {
		fmt.Println(x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 1; x++ {
		fmt.Println("loop", x)
	}
	switch x := 3; x {
	case 3:
		x := "case"
		fmt.Println(x)
	}
	fmt.Println(x)
}

func errShadow() (err error) {
	if true {
		_, err := fmt.Println("inner")
		_ = err
	}
	return
}

func main() {
	shadow()
	fmt.Println(x)
	fmt.Println(errShadow())
	n := 1
	if n := n + 1; n > 1 {
		fmt.Println("n is", n)
	}
	fmt.Println("n is", n)
	a, b := 1, 2
	a, c := 3, 4
	fmt.Println(a, b, c)
	if v, ok := map[string]int{"k": 9}["k"]; ok {
		fmt.Println(v)
	} else if w := v * 2; w > 0 {
		fmt.Println(w)
	}
	type T int
	var t T = 4
	{
		type T string
		var t2 T = "inner T"
		fmt.Println(t2)
	}
	fmt.Println(t)
	len := 3
	fmt.Println(len)
	true := false
	fmt.Println(true)
}
