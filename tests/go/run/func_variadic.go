package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func prefix(p string, parts ...string) string {
	out := p
	for i, s := range parts {
		if i > 0 {
			out += ","
		}
		out += s
	}
	return out + fmt.Sprint(len(parts), parts == nil)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = -1
	}
}

func anyArgs(args ...interface{}) {
	fmt.Println(len(args), args)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum(s...))
	fmt.Println(prefix("p:"))
	fmt.Println(prefix("p:", "a", "b"))
	mutate(s...)
	fmt.Println(s)
	mutate(7, 8)
	anyArgs(1, "two", 3.0, nil)
	anyArgs()
	is := []interface{}{1, 2}
	anyArgs(is...)
	anyArgs(is)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil))
}
