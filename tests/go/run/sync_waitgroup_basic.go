// sync.WaitGroup on one goroutine: counters that reach zero before Wait.
package main

import (
	"fmt"
	"sync"
	"unsafe"
)

func work(id int, wg *sync.WaitGroup, out *[]int) {
	defer wg.Done()
	*out = append(*out, id*id)
}

func main() {
	fmt.Println(unsafe.Sizeof(sync.WaitGroup{}), unsafe.Alignof(sync.WaitGroup{}))

	var wg sync.WaitGroup
	wg.Wait() // zero counter: returns at once
	fmt.Println("empty wait done")

	wg.Add(3)
	fmt.Printf("%v\n", wg)
	wg.Done()
	wg.Add(-1)
	wg.Done()
	wg.Wait()
	fmt.Printf("%+v\n", wg)

	var out []int
	wg.Add(5)
	for i := 1; i <= 5; i++ {
		work(i, &wg, &out)
	}
	wg.Wait()
	fmt.Println(out)

	// Reuse after Wait returned.
	for round := 0; round < 3; round++ {
		wg.Add(2)
		wg.Done()
		wg.Done()
		wg.Wait()
	}
	fmt.Println("reused")

	wgs := make([]sync.WaitGroup, 4)
	for i := range wgs {
		wgs[i].Add(i)
		for j := 0; j < i; j++ {
			wgs[i].Done()
		}
		wgs[i].Wait()
	}
	fmt.Println("slice of groups ok")
}
