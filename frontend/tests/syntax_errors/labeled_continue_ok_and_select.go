package main

func main() {
L:
	for {
		select {
		default:
			continue L
		}
	}
M:
	select {
	default:
		break M
	}
	break
}
