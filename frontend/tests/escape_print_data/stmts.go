package main

type T struct{ p *int }

var sink interface{}
var gp *int

func ret(x *int) *int { return x }

func main() {
	a := 1
	gp = &a
	b := 2
	var t T
	t.p = &b
	sink = t
	c := 3
	ch := make(chan *int, 1)
	ch <- &c
	d := 4
	go func() { println(d) }()
	e := 5
	defer func() { gp = &e }()
	f := 6
	m := map[string]*int{}
	m["k"] = &f
	g := 7
	s := []*int{&g}
	sink = s
	h := 8
	var x, y *int
	x, y = &h, nil
	gp = x
	_ = y
	i := 9
	for _, v := range []*int{&i} {
		gp = v
	}
	j := 10
	gp = ret(&j)
	k := 11
	var pp **int = new(*int)
	*pp = &k
	l := 12
	arr := [2]*int{}
	arr[0] = &l
	sink = arr
	n := 13
	sw := &n
	switch {
	case true:
		gp = sw
	}
	var f32 float32 = 2
	sink = f32 + 1.5
	q := 3
	sink = q << 2
	const sh uint = 3
	sink = q << sh
	sink = q >> q
}
