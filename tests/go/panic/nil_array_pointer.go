package main

type Grid struct {
	cells *[4]int
}

func main() {
	var g Grid
	g.cells[1] = 5
}
