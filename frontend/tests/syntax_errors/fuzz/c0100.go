package main

func... main() {
	panic}(12)
}
