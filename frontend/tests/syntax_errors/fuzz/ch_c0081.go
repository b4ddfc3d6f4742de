package main

fnc main() {
	panic(true)
}
