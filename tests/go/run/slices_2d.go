package main

import (
	"fmt"
	"strings"
)

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func pascal(n int) [][]int {
	rows := [][]int{{1}}
	for i := 1; i < n; i++ {
		prev := rows[i-1]
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = prev[j-1] + prev[j]
		}
		rows = append(rows, row)
	}
	return rows
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m), transpose(nil) == nil)
	for _, row := range pascal(8) {
		s := fmt.Sprint(row)
		fmt.Println(strings.Repeat(" ", 16-len(s)/2) + s)
	}
	jag := make([][]string, 4)
	for i := range jag {
		for j := 0; j <= i; j++ {
			jag[i] = append(jag[i], fmt.Sprintf("%d%d", i, j))
		}
	}
	fmt.Println(jag, len(jag[3]))
	flat := make([]int, 12)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = flat[i*4 : (i+1)*4]
	}
	grid[1][2] = 7
	grid[2][3] = 9
	fmt.Println(flat, grid)
	var cube [2][2][2]int
	for i := range cube {
		for j := range cube[i] {
			for k := range cube[i][j] {
				cube[i][j][k] = i*4 + j*2 + k
			}
		}
	}
	fmt.Println(cube)
	rows := [][]byte{[]byte("abc"), []byte("def")}
	rows[0], rows[1] = rows[1], rows[0]
	fmt.Printf("%s %q\n", rows, rows)
}
