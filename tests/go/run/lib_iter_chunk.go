package main

import (
	"fmt"
	"slices"
)

type Row []byte

func chunks[S ~[]E, E any](s S, n int) (out []S) {
	for c := range slices.Chunk(s, n) {
		out = append(out, c)
	}
	return out
}

func tryChunk(n int) {
	defer func() {
		r := recover()
		fmt.Printf("Chunk(n=%d): recovered %v (%T)\n", n, r, r)
	}()
	slices.Chunk([]int{1, 2, 3}, n)
	fmt.Println("Chunk returned")
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	for _, n := range []int{1, 2, 3, 7, 8, 100} {
		fmt.Print("n=", n, ":")
		for c := range slices.Chunk(s, n) {
			fmt.Print(" ", c, "/", len(c), "/", cap(c))
		}
		fmt.Println()
	}
	fmt.Println(len(chunks([]int{}, 3)), len(chunks([]int(nil), 1)))

	// Appending to a chunk must not overwrite the next one.
	base := []int{1, 2, 3, 4, 5, 6}
	var got [][]int
	for c := range slices.Chunk(base, 4) {
		c = append(c, 0)
		got = append(got, c)
	}
	fmt.Println(got, base)

	// Chunks share the slice's array: writing through one shows.
	for c := range slices.Chunk(base, 2) {
		c[0] *= 10
	}
	fmt.Println(base)

	// Named slice types keep their type.
	rows := chunks(Row("abcdefgh"), 3)
	fmt.Printf("%T %q\n", rows[0], rows)

	// Early stop.
	n := 0
	for c := range slices.Chunk(s, 2) {
		n++
		if c[0] >= 3 {
			break
		}
	}
	fmt.Println("chunks seen", n)

	// Chunk checks n when it is called, not when ranged over.
	tryChunk(0)
	tryChunk(-5)
	tryChunk(1)

	// Batches for a worker, the usual use.
	ids := make([]int, 10)
	for i := range ids {
		ids[i] = 100 + i
	}
	batch := 0
	for b := range slices.Chunk(ids, 4) {
		batch++
		sum := 0
		for _, id := range b {
			sum += id
		}
		fmt.Printf("batch %d: %v sum=%d\n", batch, b, sum)
	}
	fmt.Println(slices.Collect(slices.Chunk([]string{"a", "b", "c"}, 2)))
}
