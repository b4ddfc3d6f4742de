package main

func main()& {
	var 1x int func/ ERROR "syntax error: nexpected literal 1, expected name"
}
