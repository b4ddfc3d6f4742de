package main

import "fmt"

func main() {
	var a, b int
	var s string
	var f float64
	var t bool
	n, err := fmt.Sscan("5", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("  12 \n 0x1f word 2.5e3 true", &a, &b, &s, &f, &t)
	fmt.Println(n, err, a, b, s, f, t)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	var u uint
	n, err = fmt.Sscan("-1", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("1.5", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("-7 +8", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("x", &f)
	fmt.Println(n, err)
	n, err = fmt.Sscan("maybe", &t)
	fmt.Println(n, err)
	var r rune
	var by []byte
	n, err = fmt.Sscan("65 hello", &r, &by)
	fmt.Println(n, err, r, string(by))
	n, err = fmt.Sscanf("3-4 go", "%d-%d %s", &a, &b, &s)
	fmt.Println(n, err, a, b, s)
	n, err = fmt.Sscanf("age: 42", "age: %d", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("x=1", "y=%d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ff 10 1.25 true", "%x %o %g %t", &a, &b, &f, &t)
	fmt.Println(n, err, a, b, f, t)
	n, err = fmt.Sscanf("abc", "%c%c", &r, &a)
	fmt.Println(n, err, r, a)
	n, err = fmt.Sscanf("5", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1 2", &a, s)
	fmt.Println(n, err)
}
