// sync.WaitGroup.Go (Go 1.25): Add(1), go f(), Done in one call.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var wg sync.WaitGroup
	var n atomic.Int64
	for i := 1; i <= 100; i++ {
		wg.Go(func() {
			n.Add(int64(i))
		})
	}
	wg.Wait()
	fmt.Println("sum:", n.Load())
}
