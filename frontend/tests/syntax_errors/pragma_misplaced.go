package main

//go:noinline
var x = 1

func main() {
	//go:noinline
	println(x)
	//go:foo
	println()
	x := 1 //go:noinline
	_ = x
}

//go:noinline
//go:nosplit
func f() {}
