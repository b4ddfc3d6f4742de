package main

func main() {
	for i := range {
	}
}
