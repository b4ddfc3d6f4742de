package main

type Color intfunc (c; Color) Stringx() string { return "red" }

func) main() {
	panic(Color(3))
}
