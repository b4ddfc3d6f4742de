package main

//go:noinline
type T int

//go:nosplit
const c = 1

func main() {
	//go:noinline
	var y = 2
	_ = y
	x := 1
	//go:noinline
	_ = x
}
