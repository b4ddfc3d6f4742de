// Seed 002: the MemStats program. makePtr returns &Big{} (escapes); sumLocal's Big stays in
// its frame; the keep slice of 100,000 pointers is too big to stay local.
package main

import (
	"fmt"
	"runtime"
)

type Big struct{ data [64]int }

func makePtr() *Big { return &Big{} } // ERROR "&Big\{\} escapes to heap$"

func sumLocal() int {
	var b Big
	for i := range b.data {
		b.data[i] = i
	}
	s := 0
	for _, v := range b.data {
		s += v
	}
	return s
}

func mallocs() uint64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.Mallocs
}

func main() {
	a := mallocs()
	total := 0
	for i := 0; i < 100_000; i++ {
		total += sumLocal()
	}
	b := mallocs()
	fmt.Printf("sumLocal: ~%d heap objects (stays on stack)\n", b-a) // ERROR "\.\.\. argument does not escape$" "b - a escapes to heap$"

	c := mallocs()
	keep := make([]*Big, 0, 100_000) // ERROR "make\(\[\]\*Big, 0, 100000\) escapes to heap$"
	for i := 0; i < 100_000; i++ {
		keep = append(keep, makePtr()) // ERROR "append does not escape$"
	}
	d := mallocs()
	fmt.Printf("makePtr: ~%d heap objects (escaped)\n", d-c) // ERROR "\.\.\. argument does not escape$" "d - c escapes to heap$"
	_ = total
	_ = keep
}
