package main
type easonmapstring

func main() {
	panic(Reason("bad input"))
}
