package main

func main() {
	goto L
	var a, b = 1, 2
	_, _ = a, b
L:
}
