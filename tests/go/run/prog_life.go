package main

import (
	"fmt"
	"strings"
)

const W, H = 20, 10

type Grid [H][W]bool

func (g *Grid) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr, cc := (r+dr+H)%H, (c+dc+W)%W
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for r := 0; r < H; r++ {
		for c := 0; c < W; c++ {
			n := g.neighbors(r, c)
			next[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return next
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, cell := range row {
			if cell {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g Grid) Alive() (n int) {
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return
}

func main() {
	var g Grid
	for _, p := range [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}} {
		g[p[0]][p[1]] = true
	}
	for _, p := range [][2]int{{5, 10}, {5, 11}, {5, 12}} {
		g[p[0]][p[1]] = true
	}
	start := g
	fmt.Print(g)
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Println("after 4:", g.Alive())
	fmt.Print(g)
	for i := 0; i < 76; i++ {
		g = g.Step()
	}
	fmt.Println("after 80:", g.Alive(), g == start)
}
