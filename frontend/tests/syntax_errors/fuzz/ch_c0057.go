package main

func main[() {
	var 1x imapnt // ERROR "syntax error: unexpectd literal 1, expected name"
}
