package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{0, 1, 42, -7, 1 << 40, 2147483647} {
		r := rand.New(rand.NewSource(seed))
		fmt.Println(seed, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int(), r.Intn(10), r.Intn(1000000), r.Int63n(1<<40+3), r.Int31n(7), r.Int63n(1024))
		fmt.Println(r.Float64(), r.Float32(), r.Perm(8))
		a := []string{"a", "b", "c", "d", "e", "f"}
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		buf := make([]byte, 10)
		r.Read(buf)
		fmt.Println(a, buf, r.Intn(1<<40))
	}
	r := rand.New(rand.NewSource(99))
	hist := make([]int, 10)
	for i := 0; i < 100000; i++ {
		hist[r.Intn(10)]++
	}
	fmt.Println(hist)
	s := rand.NewSource(5)
	s.Seed(6)
	fmt.Println(s.Int63(), rand.New(rand.NewSource(6)).Int63())
	// Global functions are randomly seeded: only their ranges are stable.
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.Intn(5); v < 0 || v >= 5 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
	}
	rand.Seed(1)
	fmt.Println(ok, len(rand.Perm(4)))
	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
