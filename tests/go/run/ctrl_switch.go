package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func ft(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3, 4, 5:
		out = append(out, "three-five")
	default:
		out = append(out, "big")
		fallthrough
	case 100:
		out = append(out, "hundred")
	}
	return out
}

func sideEffect(log *[]string, s string, v int) int {
	*log = append(*log, s)
	return v
}

func main() {
	for _, n := range []int{95, 85, 75, 5} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	for i := 0; i < 7; i++ {
		fmt.Println(i, ft(i))
	}
	fmt.Println(ft(100))
	var log []string
	switch sideEffect(&log, "tag", 2) {
	case sideEffect(&log, "c1", 1), sideEffect(&log, "c2", 2), sideEffect(&log, "c3", 3):
		fmt.Println("matched")
	}
	fmt.Println(log)
	switch x := 5; {
	case x > 3:
		fmt.Println("x>3")
		if x == 5 {
			break
		}
		fmt.Println("unreached")
	}
	s := "go"
	switch s {
	case "rust":
		fmt.Println("rust")
	case "go":
		fmt.Println("go!")
	}
	switch {
	}
	switch c := 'b'; c {
	case 'a', 'b':
		fmt.Println("ab")
	}
}
