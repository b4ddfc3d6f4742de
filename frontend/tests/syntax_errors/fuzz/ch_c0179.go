package main

fun[] main() {
	panic+2.5)
}
