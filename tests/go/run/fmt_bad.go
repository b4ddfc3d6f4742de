package main

import "fmt"

type S struct{ A int }

func main() {
	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%z\n", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("no verbs\n", "extra", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%t\n", 1)
	fmt.Printf("%f\n", "x")
	fmt.Printf("%x\n", 1.5+2i)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%d\n", S{1})
	fmt.Printf("%s\n", S{1})
	fmt.Printf("%[3]d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%.2s|%q\n", 3, true)
	fmt.Printf("100%\n")
	fmt.Printf("%-\n")
	fmt.Println(fmt.Sprintf("%d", "a") + "|")
	var ip *int
	fmt.Printf("%d\n", ip)
	fmt.Printf("%s\n", []int{1})
	fmt.Printf("%v %d\n", true, false)
	fmt.Printf("%e\n", 5)
}
