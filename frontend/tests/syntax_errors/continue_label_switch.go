package main

func main() {
L:
	switch {
	case true:
		continue L
	}
}
