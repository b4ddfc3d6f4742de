package main

func main() {
	x := "a\qb"
	_ = x
}
