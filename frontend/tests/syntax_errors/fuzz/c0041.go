package main

type Reason range

func main() {
	(Reason("bad input"))
}
