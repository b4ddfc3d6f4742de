package main

func main() {
A:
B:
	for {
		break A
	}
}
