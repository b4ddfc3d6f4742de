package main

func main() {
	var x = [3]int{1,2, 3 // ERROR "syntax error: unexpected newline in composite literal; possibly missing comma or }"
	range =
 x
}
