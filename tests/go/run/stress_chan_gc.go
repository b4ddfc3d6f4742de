// Stress: heavy channel traffic with collections: 8 producers send 25,000 freshly built
// messages each (pointers, slices, strings, maps) through a pipeline of 3 stages while
// runtime.GC() runs every few thousand messages; every message is verified at the end.
// conformance: timeout=60
package main

import (
	"fmt"
	"runtime"
	"strconv"
	"sync"
)

type msg struct {
	id    int
	data  []int
	label string
	next  *msg
	meta  map[int]string
}

func check(m *msg) bool {
	if len(m.data) != 8 || m.label != strconv.Itoa(m.id) || m.meta[m.id] != m.label {
		return false
	}
	for i, v := range m.data {
		if v != m.id+i {
			return false
		}
	}
	return m.next == nil || m.next.id == m.id-1
}

func main() {
	const producers, each = 8, 25_000
	src := make(chan *msg, 32)
	mid := make(chan *msg)
	dst := make(chan *msg, 32)
	var pw sync.WaitGroup
	for p := 0; p < producers; p++ {
		pw.Add(1)
		go func() {
			defer pw.Done()
			var prev *msg
			for i := 0; i < each; i++ {
				id := p*each + i
				m := &msg{id: id, data: make([]int, 8), label: strconv.Itoa(id), meta: map[int]string{}}
				for k := range m.data {
					m.data[k] = id + k
				}
				m.meta[id] = m.label
				if prev != nil && prev.id == id-1 {
					m.next = prev
				}
				prev = m
				src <- m
			}
		}()
	}
	go func() { pw.Wait(); close(src) }()
	// Stage 2: three relays that drop the back-link half of the time (garbage).
	var rw sync.WaitGroup
	for r := 0; r < 3; r++ {
		rw.Add(1)
		go func() {
			defer rw.Done()
			for m := range src {
				if m.id%2 == 0 {
					m.next = nil
				}
				mid <- m
			}
		}()
	}
	go func() { rw.Wait(); close(mid) }()
	go func() {
		n := 0
		for m := range mid {
			dst <- m
			n++
			if n%5000 == 0 {
				runtime.GC()
			}
		}
		close(dst)
	}()
	good, bad, idsum := 0, 0, 0
	var sample []*msg
	for m := range dst {
		if check(m) {
			good++
		} else {
			bad++
		}
		idsum += m.id
		if m.id%997 == 0 {
			sample = append(sample, m)
		}
	}
	runtime.GC()
	ok := 0
	for _, m := range sample {
		if check(m) {
			ok++
		}
	}
	n := producers * each
	fmt.Println("messages:", good+bad, "good:", good, "bad:", bad, "idsum ok:", idsum == n*(n-1)/2)
	fmt.Println("samples still intact after GC:", ok == len(sample), len(sample))
}
