package main

import (
	"fmt"
	"sort"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

type Edge[N comparable, W Number] struct {
	To     N
	Weight W
}

type Graph[N comparable, W Number] struct {
	adj   map[N][]Edge[N, W]
	nodes []N
}

func NewGraph[N comparable, W Number]() *Graph[N, W] {
	return &Graph[N, W]{adj: map[N][]Edge[N, W]{}}
}

func (g *Graph[N, W]) addNode(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph[N, W]) AddEdge(a, b N, w W) {
	g.addNode(a)
	g.addNode(b)
	g.adj[a] = append(g.adj[a], Edge[N, W]{b, w})
	g.adj[b] = append(g.adj[b], Edge[N, W]{a, w})
}

type item[N any, W Number] struct {
	node N
	dist W
}

type minHeap[N any, W Number] []item[N, W]

func (h *minHeap[N, W]) push(x item[N, W]) {
	*h = append(*h, x)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p].dist <= (*h)[i].dist {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *minHeap[N, W]) pop() item[N, W] {
	old := *h
	top := old[0]
	n := len(old) - 1
	old[0] = old[n]
	*h = old[:n]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < n && (*h)[l].dist < (*h)[m].dist {
			m = l
		}
		if r < n && (*h)[r].dist < (*h)[m].dist {
			m = r
		}
		if m == i {
			break
		}
		(*h)[m], (*h)[i] = (*h)[i], (*h)[m]
		i = m
	}
	return top
}

func (g *Graph[N, W]) Dijkstra(src N) (map[N]W, map[N]N) {
	dist := map[N]W{src: 0}
	prev := map[N]N{}
	h := &minHeap[N, W]{}
	h.push(item[N, W]{src, 0})
	for len(*h) > 0 {
		it := h.pop()
		if d, ok := dist[it.node]; ok && it.dist > d {
			continue
		}
		for _, e := range g.adj[it.node] {
			nd := it.dist + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
				prev[e.To] = it.node
				h.push(item[N, W]{e.To, nd})
			}
		}
	}
	return dist, prev
}

func Path[N comparable](prev map[N]N, src, dst N) []N {
	var p []N
	for n := dst; ; {
		p = append(p, n)
		if n == src {
			break
		}
		var ok bool
		if n, ok = prev[n]; !ok {
			return nil
		}
	}
	for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
		p[i], p[j] = p[j], p[i]
	}
	return p
}

func (g *Graph[N, W]) BFS(src N, visit func(N, int)) {
	seen := map[N]bool{src: true}
	type qe struct {
		n N
		d int
	}
	q := []qe{{src, 0}}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		visit(cur.n, cur.d)
		for _, e := range g.adj[cur.n] {
			if !seen[e.To] {
				seen[e.To] = true
				q = append(q, qe{e.To, cur.d + 1})
			}
		}
	}
}

type Point struct{ X, Y int }

func main() {
	g := NewGraph[string, int]()
	for _, e := range strings.Fields("a-b:4 a-c:2 b-c:1 b-d:5 c-d:8 c-e:10 d-e:2 d-f:6 e-f:2") {
		var a, b string
		var w int
		parts := strings.FieldsFunc(e, func(r rune) bool { return r == '-' || r == ':' })
		a, b = parts[0], parts[1]
		fmt.Sscan(parts[2], &w)
		g.AddEdge(a, b, w)
	}
	dist, prev := g.Dijkstra("a")
	for _, n := range g.nodes {
		fmt.Printf("%s:%d %v\n", n, dist[n], Path(prev, "a", n))
	}
	var order []string
	g.BFS("f", func(n string, d int) { order = append(order, fmt.Sprint(n, d)) })
	fmt.Println(order)

	pg := NewGraph[Point, float64]()
	pts := []Point{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {2, 2}}
	for i := range pts {
		for j := i + 1; j < len(pts); j++ {
			dx, dy := pts[i].X-pts[j].X, pts[i].Y-pts[j].Y
			if dx*dx+dy*dy <= 2 {
				pg.AddEdge(pts[i], pts[j], float64(dx*dx+dy*dy)*1.5)
			}
		}
	}
	pd, pp := pg.Dijkstra(Point{0, 0})
	keys := make([]Point, 0, len(pd))
	for k := range pd {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].X*10+keys[i].Y < keys[j].X*10+keys[j].Y })
	for _, k := range keys {
		fmt.Println(k, pd[k], len(Path(pp, Point{0, 0}, k)))
	}
	fmt.Printf("%T %T\n", pg, pd)
}
