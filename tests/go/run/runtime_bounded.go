package main

import (
	"fmt"
	"runtime"
)

type block struct {
	data [256]byte
	next *block
}

var keep []*block

func churn(rounds int) int {
	total := 0
	for r := 0; r < rounds; r++ {
		var head *block
		for i := 0; i < 1000; i++ {
			head = &block{next: head}
			head.data[0] = byte(i)
		}
		for b := head; b != nil; b = b.next {
			total += int(b.data[0])
		}
		if r%100 == 0 {
			keep = append(keep, head)
		}
	}
	return total
}

func main() {
	var ms runtime.MemStats
	fmt.Println("checksum:", churn(1000))
	runtime.GC()
	runtime.ReadMemStats(&ms)
	fmt.Println("allocated over 250 MB total:", ms.TotalAlloc > 250<<20)
	fmt.Println("live heap under 64 MB:", ms.HeapAlloc < 64<<20)
	fmt.Println("collections ran:", ms.NumGC > 1)
	fmt.Println("kept lists:", len(keep))
	n := 0
	for _, h := range keep {
		for b := h; b != nil; b = b.next {
			n++
		}
	}
	fmt.Println("kept blocks:", n)
}
