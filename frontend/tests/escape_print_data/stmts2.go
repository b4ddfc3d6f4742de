package main

var gp *int
var sink interface{}

func use(p *int) { gp = p }
func two() (*int, *int) { return gp, gp }

type S struct{ a, b *int }

func main() {
	a := 1
	defer use(&a)
	b := 2
	go use(&b)
	c := 3
	var pc *int = &c
	gp = pc
	d := 4
	var pd = &d
	gp = pd
	var x, y = two()
	gp, sink = x, y
	e := 5
	pe := &e
	pe2 := pe
	gp = pe2
	f := 6
	st := S{a: &f}
	sink = st
	g := 7
	gp2 := &g
	gp2 = gp
	gp = gp2
	h := 8
	if p := &h; p != nil {
		gp = p
	}
	i := 9
	sink = [1]*int{&i}
	k := 10
	func() { gp = &k }()
	cnt := 0
	cnt += 2
	sink = cnt
	return
}
