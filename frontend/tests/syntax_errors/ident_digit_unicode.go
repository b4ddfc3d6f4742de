package main

func main() {
	x² := 1
}
