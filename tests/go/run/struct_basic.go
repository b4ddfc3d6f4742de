package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Name     string
}

type Empty struct{}

type WithArr struct {
	A [3]int
	S string
}

func moveBy(p Point, dx int) Point {
	p.X += dx
	return p
}

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p, q, p == q, p == Point{1, 2})
	r := Rect{Min: Point{0, 0}, Max: Point{X: 5}, Name: "r"}
	fmt.Println(r)
	fmt.Printf("%v %+v\n", r, r)
	r2 := r
	r2.Max.Y = 9
	fmt.Println(r.Max.Y, r2.Max.Y, r == r2)
	fmt.Println(moveBy(p, 5), p)
	var z Rect
	fmt.Printf("%+v %q\n", z, z.Name)
	e1, e2 := Empty{}, Empty{}
	fmt.Println(e1 == e2, e1)
	a := WithArr{[3]int{1, 2, 3}, "x"}
	b := a
	b.A[0] = 100
	fmt.Println(a, b, a == b)
	anon := struct {
		Name string
		Age  int
	}{"bob", 30}
	fmt.Println(anon, anon.Name)
	pts := []Point{{1, 1}, {2, 2}}
	pts[1].Y = 7
	fmt.Println(pts)
	mp := map[Point]string{{0, 0}: "origin"}
	fmt.Println(mp[Point{}], len(mp))
	pp := &Point{3, 4}
	pp.Y = 40
	fmt.Println(*pp, pp.X)
}
