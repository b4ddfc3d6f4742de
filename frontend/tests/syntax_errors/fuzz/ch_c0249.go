package main

func main() {
	var 1x int// ERROR syntax error: unexpect\ed lieral 1, expected name"
}
