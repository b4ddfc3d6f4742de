package main

import (
	"fmt"
	"math"
)

var trace []string

func f(s string, v float64) float64 { trace = append(trace, s); return v }

type P struct{ x, y float64 }

func deferLoop() (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -r
		}
	}()
	for i := 0; i < 10; i++ {
		r += i
		if i == 7 {
			panic("boom")
		}
	}
	return r
}

func recoverEach(n int) int {
	got := 0
	for i := 0; i < n; i++ {
		func() {
			defer func() {
				if recover() != nil {
					got += 100
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			got++
		}()
	}
	return got
}

func loops() {
	// continue jumps to the fused back-edge; break leaves it.
	s := 0
	for i := 0; i < 20; i++ {
		if i%3 == 0 {
			continue
		}
		if i == 17 {
			break
		}
		s += i
	}
	fmt.Println("cont/break", s)
	// counter and bound changed inside the body
	n, c := 10, 0
	for i := 0; i < n; i++ {
		if i == 2 {
			i += 3
		}
		n--
		c++
	}
	fmt.Println("mutate", n, c)
	// labeled continue from an inner loop to the outer back-edge
	t := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			t += j
		}
	}
	fmt.Println("labeled", t)
	// empty bodies, <=, downward, >= 0
	k := 0
	for k = 0; k < 7; k++ {
	}
	m := 0
	for i := 0; i <= 7; i++ {
		m += i
	}
	d := 0
	for i := 9; i >= 0; i-- {
		d = d*10 + i
	}
	e := 0
	for i := 10; i > 3; i -= 2 {
		e += i
	}
	fmt.Println("shapes", k, m, d, e)
	// near the top of int64
	cnt := 0
	for i := int64(math.MaxInt64 - 3); i < math.MaxInt64; i++ {
		cnt++
	}
	fmt.Println("maxint", cnt)
	// range forms
	xs := []int{5, 6, 7}
	r := 0
	for i, x := range xs {
		r += i * x
	}
	for i := range 4 {
		r += i
	}
	for range 3 {
		r++
	}
	var arr [4]int
	for i := range arr {
		arr[i] = i * i
	}
	fmt.Println("range", r, arr)
	// goto backwards onto a loop header
	g, round := 0, 0
again:
	for i := 0; i < 3; i++ {
		g += i
	}
	round++
	if round < 3 {
		goto again
	}
	fmt.Println("goto", g)
	// loop variables captured per iteration
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, fn := range fs {
		fmt.Print(fn(), " ")
	}
	fmt.Println()
}

func floats() {
	negz := math.Copysign(0, -1)
	one, zero, nan := 1.0, 0.0, math.NaN()
	fmt.Println(negz-0.0, 0.0-negz, negz+0.0, 0.0-zero, -zero)
	fmt.Println(1/zero, 1/negz, zero/0.5, 2.5*negz, one/3.0, 3.0/one, nan*2, 2-nan)
	x := 0.1
	y := 10.0
	s := -1.0
	fmt.Println(s+x*y, x*y+s, s-x*y, s-(-x)*y)
	a := 1.0 + 1.0/(1<<30)
	fmt.Println(a*a-1.0, -1.0+a*a, 1.0-a*a)
	acc := 0.0
	for i := 0; i < 10; i++ {
		acc += x * y
		acc -= x * 0.5
		acc *= 1.5
		acc /= 1.25
		acc -= 0.25
		acc = 3 - acc
	}
	fmt.Println(acc)
	fmt.Println(f("a", 1)+f("b", 2)*f("c", 3), f("d", 4)*f("e", 5)+f("g", 6), f("h", 7)-f("i", 8)*f("j", 9), trace)
	p := &P{1, 2}
	q := []float64{1, 2, 3}
	mp := map[string]float64{"k": 1}
	p.x += x * y
	p.y -= y * y
	q[1] += q[2] * q[0]
	q[2] *= 2.5
	mp["k"] += x * y
	mp["z"] -= 0.5
	fmt.Println(*p, q, mp)
	type F float64
	var ff F = 3
	ff = ff*2 + ff*ff
	ff -= 1
	fmt.Println(ff)
}

func ints() {
	mi := int64(math.MinInt64)
	n7 := -7
	u := uint64(math.MaxUint64)
	fmt.Println(mi/-1, mi%-1, n7/2, n7%2, n7/-2, n7%-2, 7/2, n7*3, u*3, u/3, u%7)
	big := int64(math.MaxInt64)
	fmt.Println(big*2, big+1, 5-big, big-(-5), 3*n7, 100/n7)
	var i32 int32 = 1 << 30
	p, q := int64(math.MaxInt64), int64(2)
	fmt.Println(p+q+1, 1+(p+q), (p+q)-3, p+(q+1), -1+(q+p))
	var up, uq uint64 = math.MaxUint64, 5
	fmt.Println(up+uq+7, (up+uq)-9)
	i8 := int8(100)
	fmt.Println(i32*4, i32/3, i8*3/7)
}

func dots() {
	v := []float64{1.5, 2.5, 3.5}
	w := []float64{0.1, 0.2, 0.3}
	s, t, u := 0.0, 1.0, 2.0
	for i := range v {
		s += w[i] * v[i]
		t += v[i] * 3
		u -= v[i] * w[i]
	}
	x := s + t*v[1]
	y := v[0]*w[2] + u
	fmt.Println(s, t, u, x, y)
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 3
	s += t * v[k]
	fmt.Println("unreachable", s)
}

type Inner struct{ m float64 }
type Body struct {
	x, v float64
	Inner
	in *Inner
}

func fields() {
	b := &Body{x: 1.5, v: -2, Inner: Inner{m: 4}, in: &Inner{m: 8}}
	c := &Body{x: 0.5, v: 3, Inner: Inner{m: 0.25}}
	f := 2.0
	pf := &f
	dx := b.x - c.x
	dv := b.v * c.v
	q := dx / c.m
	r := f + b.m + b.in.m
	b.v -= dx * c.m * q
	c.v += dx * b.m * q
	fmt.Println(dx, dv, q, r, b.v, c.v, f * *pf, f / *pf, f - *pf)
	defer func() { fmt.Println("recovered:", recover()) }()
	var z *Body
	fmt.Println(f + z.x)
}

type V struct{ a, b float64 }

func rmwNil(z *V, arr []float64, i int, fused bool) {
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 2.0
	if fused {
		z.b += k * k
	} else {
		z.a -= arr[i] * k
	}
	fmt.Println("unreachable")
}

func rmw() {
	v := &V{1, 2}
	w := []V{{3, 4}}
	k := 2.0
	v.a += k * v.b
	v.b -= v.a * -k
	w[0].a += k * k
	*(&w[0].b) -= k * w[0].a
	fmt.Println(*v, w)
	rmwNil(nil, []float64{1}, 3, true)
	rmwNil(nil, []float64{1}, 3, false)
	rmwNil(&V{}, []float64{1}, 3, false)
}

func main() {
	rmw()
	fields()
	dots()
	loops()
	floats()
	ints()
	fmt.Println(deferLoop(), recoverEach(6))
}
