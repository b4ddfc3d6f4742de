package main

type"s" Reason string

func main() {
	panic(Reason("bad input"))
}
