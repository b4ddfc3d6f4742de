package main

import "fmt"

type Board [9][9]int

func (b *Board) ok(r, c, v int) bool {
	for i := 0; i < 9; i++ {
		if b[r][i] == v || b[i][c] == v {
			return false
		}
	}
	br, bc := r/3*3, c/3*3
	for i := br; i < br+3; i++ {
		for j := bc; j < bc+3; j++ {
			if b[i][j] == v {
				return false
			}
		}
	}
	return true
}

var tries int

func (b *Board) solve() bool {
	for r := 0; r < 9; r++ {
		for c := 0; c < 9; c++ {
			if b[r][c] != 0 {
				continue
			}
			for v := 1; v <= 9; v++ {
				if b.ok(r, c, v) {
					tries++
					b[r][c] = v
					if b.solve() {
						return true
					}
					b[r][c] = 0
				}
			}
			return false
		}
	}
	return true
}

func parse(s string) Board {
	var b Board
	for i, ch := range s {
		if ch >= '1' && ch <= '9' {
			b[i/9][i%9] = int(ch - '0')
		}
	}
	return b
}

func main() {
	b := parse("53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79")
	orig := b
	solved := b.solve()
	fmt.Println(solved, tries)
	for r, row := range b {
		if r%3 == 0 && r > 0 {
			fmt.Println("------+-------+------")
		}
		for c, v := range row {
			if c%3 == 0 && c > 0 {
				fmt.Print("| ")
			}
			fmt.Print(v, " ")
		}
		fmt.Println()
	}
	fmt.Println(orig[0], orig == b)
}
