package main

import "fmt"

type Point struct{ X, Y int }

func newPoint(x, y int) *Point {
	p := Point{x, y}
	return &p
}

func sum(ps []*Point) int {
	t := 0
	for _, p := range ps {
		t += p.X + p.Y
	}
	return t
}

func main() {
	a := newPoint(1, 2)
	b := &Point{3, 4}
	s := make([]*Point, 0, 4)
	s = append(s, a, b)
	fmt.Println(sum(s))
	n := 10
	fmt.Println(n, "points")
}
