package main

func main() {
	goto L
	{
	L:
		println()
	}
M:
M:
	goto N
	x := 1
	_ = x
N:
	break
	continue
	for {
		switch {
		case true:
			fallthrough
		}
	}
}
