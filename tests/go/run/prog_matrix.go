package main

import (
	"fmt"
	"strings"
)

type Matrix [][]float64

func New(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func Identity(n int) Matrix {
	m := New(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := New(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			var s float64
			for k := range b {
				s += a[i][k] * b[k][j]
			}
			out[i][j] = s
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := New(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func (a Matrix) Det() float64 {
	n := len(a)
	m := New(n, n)
	for i := range a {
		copy(m[i], a[i])
	}
	det := 1.0
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if abs(m[r][c]) > abs(m[p][c]) {
				p = r
			}
		}
		if m[p][c] == 0 {
			return 0
		}
		if p != c {
			m[p], m[c] = m[c], m[p]
			det = -det
		}
		det *= m[c][c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
		}
	}
	return det
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func (a Matrix) String() string {
	var sb strings.Builder
	for _, row := range a {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%7.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Print(a.Mul(b))
	fmt.Print(a.T())
	fmt.Print(Identity(3).Mul(b))
	sq := Matrix{{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}}
	fmt.Printf("det=%.4f\n", sq.Det())
	p := Identity(3)
	for i := 0; i < 10; i++ {
		p = p.Mul(sq)
	}
	fmt.Print(p)
	fmt.Printf("det^10=%.1f\n", p.Det())
	n := 40
	big := New(n, n)
	for i := range n {
		for j := range n {
			big[i][j] = float64((i*j)%7) - 3
		}
	}
	sum := 0.0
	for _, row := range big.Mul(big.T()) {
		for _, v := range row {
			sum += v
		}
	}
	fmt.Println("sum:", sum)
}
