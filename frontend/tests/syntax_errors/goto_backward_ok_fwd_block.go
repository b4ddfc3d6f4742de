package main

func main() {
L:
	if true {
		goto L
	}
	if true {
		goto M
	} else {
	M:
	}
}
