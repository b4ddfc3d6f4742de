package main

import "fmt"

type Board [3][3]byte

func (b Board) With(r, c int, v byte) Board {
	b[r][c] = v
	return b
}

func (b *Board) Set(r, c int, v byte) { b[r][c] = v }

func (b Board) String() string {
	s := ""
	for _, row := range b {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

type Holder struct {
	Vals [4]int
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	fmt.Print(b, b2)
	b.Set(0, 0, 'O')
	fmt.Print(b)
	fmt.Println(b == b2, b2 == Board{}.With(1, 1, 'X'))
	h := Holder{[4]int{1, 2, 3, 4}}
	h2 := h
	h2.Vals[0] = 100
	fmt.Println(h, h2)
	m := map[string][2]int{"a": {1, 2}}
	v := m["a"]
	v[0] = 99
	fmt.Println(m, v)
	arrs := [][2]string{{"a", "b"}, {"c", "d"}}
	for _, a := range arrs {
		a[0] = "z"
	}
	fmt.Println(arrs)
	for i := range arrs {
		arrs[i][0] = "z"
	}
	fmt.Println(arrs)
	big := [5]int{1, 2, 3, 4, 5}
	for i, x := range big {
		big[4] = 50
		if i == 4 {
			fmt.Println("copy:", x)
		}
	}
	for i, x := range &big {
		big[4] = 500
		if i == 4 {
			fmt.Println("pointer:", x)
		}
	}
	var ia, ib interface{} = [2]int{1, 2}, [2]int{1, 2}
	fmt.Println(ia == ib)
	p := &big
	q := *p
	q[0] = -1
	fmt.Println(big[0], q[0], len(p))
}
