package main

import (
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
)

// counter yields 1..n and logs what happens to it.
func counter(name string, n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		fmt.Println(name, "start")
		defer fmt.Println(name, "deferred")
		for i := 1; i <= n; i++ {
			if !yield(i) {
				fmt.Println(name, "told to stop at", i)
				return
			}
		}
		fmt.Println(name, "ran out")
	}
}

// zip pairs up two sequences, stopping at the shorter.
func zip[A, B any](a iter.Seq[A], b iter.Seq[B]) iter.Seq2[A, B] {
	return func(yield func(A, B) bool) {
		na, sa := iter.Pull(a)
		nb, sb := iter.Pull(b)
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 || !yield(x, y) {
				break
			}
		}
		sb()
		sa()
	}
}

var errBoom = errors.New("boom")

func boomAt(k int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if i == k {
				panic(errBoom)
			}
			if !yield(i) {
				return
			}
		}
	}
}

func pullAll(seq iter.Seq[int]) (got []int, err any) {
	next, stop := iter.Pull(seq)
	defer stop()
	defer func() { err = recover() }()
	for {
		v, ok := next()
		if !ok {
			return got, nil
		}
		got = append(got, v)
	}
}

func main() {
	// Read to the end: next keeps returning zero, false.
	next, stop := iter.Pull(counter("a", 3))
	fmt.Println("pull made; nothing ran yet")
	for i := 0; i < 5; i++ {
		v, ok := next()
		fmt.Println("next:", v, ok)
	}
	stop()
	stop()

	// Early stop: the iterator sees yield return false and its defers run
	// before stop returns.
	next, stop = iter.Pull(counter("b", 10))
	v1, _ := next()
	v2, _ := next()
	fmt.Println("got", v1, v2)
	stop()
	fmt.Println("after stop")
	v, ok := next()
	fmt.Println("next after stop:", v, ok)
	stop()

	// Stop before the first next: the iterator never runs.
	_, stop = iter.Pull(counter("c", 3))
	stop()
	fmt.Println("c stopped unstarted")

	// Pull2 over a slice and a map.
	next2, stop2 := iter.Pull2(slices.All([]string{"x", "y", "z"}))
	for {
		i, s, ok := next2()
		if !ok {
			break
		}
		fmt.Println("pair", i, s)
	}
	i, s, ok := next2()
	fmt.Printf("done: %d %q %v\n", i, s, ok)
	stop2()

	m := map[string]int{"one": 1, "two": 2, "three": 3}
	nm, sm := iter.Pull2(maps.All(m))
	total := 0
	for {
		k, v, ok := nm()
		if !ok {
			break
		}
		total += v * len(k)
	}
	sm()
	fmt.Println("weighted total", total)

	// Merging two sorted sequences with two pulls.
	merged := []int{}
	na, sa := iter.Pull(slices.Values([]int{1, 4, 6, 9}))
	nb, sb := iter.Pull(slices.Values([]int{2, 3, 7, 10, 11}))
	x, okx := na()
	y, oky := nb()
	for okx || oky {
		if okx && (!oky || x <= y) {
			merged = append(merged, x)
			x, okx = na()
		} else {
			merged = append(merged, y)
			y, oky = nb()
		}
	}
	sa()
	sb()
	fmt.Println(merged)

	// zip with the shorter side first and second.
	for a, b := range zip(slices.Values([]string{"p", "q"}), counter("d", 5)) {
		fmt.Println("zip", a, b)
	}
	for a, b := range zip(counter("e", 2), slices.Values([]bool{true, false, true})) {
		fmt.Println("zip", a, b)
	}

	// A panic in the iterator comes out of next with the same value.
	got, err := pullAll(boomAt(3))
	fmt.Println(got, err, err == errBoom)
	got, err = pullAll(boomAt(0))
	fmt.Println(got, err)
	got, err = pullAll(slices.Values([]int{7, 8}))
	fmt.Println(got, err)

	// A panic while the iterator unwinds after stop comes out of stop.
	next, stop = iter.Pull(iter.Seq[int](func(yield func(int) bool) {
		yield(1)
		panic("cleanup failed")
	}))
	fmt.Println(next())
	func() {
		defer func() { fmt.Println("stop panicked:", recover()) }()
		stop()
	}()
	fmt.Println(next())

	// Calling next from inside the iterator itself is an error.
	var nx func() (int, bool)
	nx, stop = iter.Pull(iter.Seq[int](func(yield func(int) bool) {
		nx()
	}))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		nx()
	}()
	stop()
}
