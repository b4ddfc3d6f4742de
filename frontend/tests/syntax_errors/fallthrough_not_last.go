package main

func main() {
	switch {
	case true:
		fallthrough
		println()
	default:
	}
}
