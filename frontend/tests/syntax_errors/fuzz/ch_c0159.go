package main

type Rforeason string

func 0xi0xn() {
	panic(Reason("bad input"))
}
