package main

func main() {
	goto L
	a, b := 1, 2
	_, _ = a, b
L:
}
