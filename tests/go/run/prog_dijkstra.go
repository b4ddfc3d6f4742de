package main

import (
	"fmt"
	"sort"
	"strings"
)

type Edge struct {
	to   string
	cost int
}

type item struct {
	node string
	dist int
}

type pq []item

func (q *pq) push(it item) {
	*q = append(*q, it)
	for i := len(*q) - 1; i > 0; {
		p := (i - 1) / 2
		if (*q)[p].dist <= (*q)[i].dist {
			break
		}
		(*q)[p], (*q)[i] = (*q)[i], (*q)[p]
		i = p
	}
}

func (q *pq) pop() item {
	old := *q
	top := old[0]
	last := len(old) - 1
	old[0] = old[last]
	*q = old[:last]
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < last && (*q)[l].dist < (*q)[m].dist {
			m = l
		}
		if r < last && (*q)[r].dist < (*q)[m].dist {
			m = r
		}
		if m == i {
			break
		}
		(*q)[i], (*q)[m] = (*q)[m], (*q)[i]
		i = m
	}
	return top
}

func shortest(g map[string][]Edge, src string) (map[string]int, map[string]string) {
	dist := map[string]int{src: 0}
	prev := map[string]string{}
	q := &pq{}
	q.push(item{src, 0})
	for len(*q) > 0 {
		it := q.pop()
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			nd := it.dist + e.cost
			if d, ok := dist[e.to]; !ok || nd < d {
				dist[e.to] = nd
				prev[e.to] = it.node
				q.push(item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func path(prev map[string]string, dst string) string {
	var p []string
	for n := dst; n != ""; n = prev[n] {
		p = append([]string{n}, p...)
	}
	return strings.Join(p, "->")
}

func main() {
	g := map[string][]Edge{}
	add := func(a, b string, c int) {
		g[a] = append(g[a], Edge{b, c})
		g[b] = append(g[b], Edge{a, c})
	}
	add("A", "B", 7)
	add("A", "C", 9)
	add("A", "F", 14)
	add("B", "C", 10)
	add("B", "D", 15)
	add("C", "D", 11)
	add("C", "F", 2)
	add("D", "E", 6)
	add("E", "F", 9)
	add("G", "H", 1)
	dist, prev := shortest(g, "A")
	var nodes []string
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		if d, ok := dist[n]; ok {
			fmt.Printf("%s: %2d via %s\n", n, d, path(prev, n))
		} else {
			fmt.Printf("%s: unreachable\n", n)
		}
	}
	const N = 60
	grid := map[string][]Edge{}
	name := func(r, c int) string { return fmt.Sprintf("%d,%d", r, c) }
	for r := 0; r < N; r++ {
		for c := 0; c < N; c++ {
			w := (r*31+c*17)%9 + 1
			if c+1 < N {
				grid[name(r, c)] = append(grid[name(r, c)], Edge{name(r, c+1), w})
			}
			if r+1 < N {
				grid[name(r, c)] = append(grid[name(r, c)], Edge{name(r+1, c), w})
			}
		}
	}
	gd, _ := shortest(grid, "0,0")
	fmt.Println("grid corner distance:", gd[name(N-1, N-1)], "reached:", len(gd))
}
