package main

func main() {
	x := 1ÿ
	_ = x
}
