// WaitGroup.Wait with a Done that never comes.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one done")
	}()
	wg.Wait()
	fmt.Println("never")
}
