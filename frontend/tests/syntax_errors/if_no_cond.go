package main

func main() {
	if {
	}
}
