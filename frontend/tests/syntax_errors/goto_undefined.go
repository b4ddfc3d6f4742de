package main

func main() {
	goto X
}
