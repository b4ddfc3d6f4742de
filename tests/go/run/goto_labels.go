package main

import "fmt"

func find(grid [][]int, target int) (int, int) {
	for i, row := range grid {
		for j, v := range row {
			if v == target {
				return i, j
			}
		}
	}
	return -1, -1
}

func retry(limit int) (attempts int) {
	n := 0
again:
	n++
	attempts++
	if n < limit {
		goto again
	}
	return
}

func classify(n int) string {
	if n < 0 {
		goto negative
	}
	if n == 0 {
		goto zero
	}
	return "positive"
negative:
	return "negative"
zero:
	return "zero"
}

func main() {
	grid := [][]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	fmt.Println(find(grid, 6))
	fmt.Println(find(grid, 10))
	fmt.Println(retry(5))
	fmt.Println(classify(-3), classify(0), classify(9))
	count := 0
rows:
	for i := range grid {
		for j := range grid[i] {
			switch {
			case grid[i][j]%2 == 0:
				continue
			case grid[i][j] == 5:
				continue rows
			case grid[i][j] > 7:
				break rows
			}
			count++
		}
	}
	fmt.Println("odd cells visited:", count)
	i := 0
	for {
		switch i {
		case 3:
			goto done
		default:
			i++
		}
	}
done:
	fmt.Println("i =", i)
	var out []int
outer:
	for n := 2; len(out) < 10; n++ {
		for _, p := range out {
			if n%p == 0 {
				continue outer
			}
		}
		out = append(out, n)
	}
	fmt.Println(out)
}
