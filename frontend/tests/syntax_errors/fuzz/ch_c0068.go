package main

type Reason string

func main() {
	panic(Reason_("bad nput")func)
}
