// A panic inside WaitGroup.Go's f ends the program (goroutine 6), Wait does not return.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Go(func() {
		panic(fmt.Sprintf("task %d failed", 3))
	})
	wg.Wait()
	fmt.Println("not reached")
}
