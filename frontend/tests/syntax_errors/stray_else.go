package main

func main() {
	else {
	}
}
