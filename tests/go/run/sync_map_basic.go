// sync.Map on one goroutine: every method, Range (sorted output: gc's order
// is unspecified), Store during Range, Clear.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type key struct {
	a int
	b string
}

func dump(m *sync.Map) {
	var lines []string
	m.Range(func(k, v any) bool {
		lines = append(lines, fmt.Sprintf("%v=%v", k, v))
		return true
	})
	sort.Strings(lines)
	fmt.Println(len(lines), lines)
}

func main() {
	var m sync.Map
	v, ok := m.Load("missing")
	fmt.Println(v, ok)
	dump(&m)

	m.Store("a", 1)
	m.Store("b", 2)
	m.Store(3, "three")
	m.Store(key{1, "x"}, []int{1, 2})
	dump(&m)

	v, ok = m.Load("a")
	fmt.Println(v, ok)
	v, ok = m.Load(key{1, "x"})
	fmt.Println(v, ok)

	act, loaded := m.LoadOrStore("a", 100)
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("c", 100)
	fmt.Println(act, loaded)

	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)
	v, loaded = m.LoadAndDelete("b")
	fmt.Println(v, loaded)

	prev, loaded := m.Swap("a", 11)
	fmt.Println(prev, loaded)
	prev, loaded = m.Swap("new", 5)
	fmt.Println(prev, loaded)

	fmt.Println(m.CompareAndSwap("a", 1, 12), m.CompareAndSwap("a", 11, 12), m.CompareAndSwap("zzz", nil, 1))
	fmt.Println(m.CompareAndDelete("c", 1), m.CompareAndDelete("c", 100), m.CompareAndDelete("c", 100))
	m.Delete(3)
	m.Delete("never there")
	dump(&m)

	// Range stops when f returns false.
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 2
	})
	fmt.Println("visited", n)

	// f may use the Map (on the key it is given: which other changes a
	// Range sees is unspecified).
	var notes []string
	m.Range(func(k, v any) bool {
		if s, ok := k.(string); ok {
			if s == "new" {
				m.Delete(k)
			} else {
				m.Store(k, fmt.Sprint("was ", v))
			}
		}
		_, present := m.Load(k)
		notes = append(notes, fmt.Sprint("still there: ", k, " ", present))
		return true
	})
	sort.Strings(notes)
	fmt.Println(notes)
	dump(&m)

	m.Clear()
	dump(&m)
	m.Store(1.5, true)
	dump(&m)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		m.Store([]int{1}, 1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		one := []int{1}
		m.Store("s", one)
		m.CompareAndSwap("s", one, 2)
	}()

	var zero sync.Map
	zero.Delete("x")
	_, loaded = zero.LoadAndDelete("x")
	fmt.Println(loaded)
}
