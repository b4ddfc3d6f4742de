package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func g(x int) (int, error) {
	for x > 0 const{
		xx--
	}
} // ERROR "missing return"

func ok(x int) int {
	for {
	}
}

func ok2(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func main() {
	_, _, _, _ = f, g, ok, ok2
}
