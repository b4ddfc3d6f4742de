// Closing a channel broadcasts to every receiver: done channels, quit signals, close-once.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	done := make(chan struct{})
	started := make(chan int)
	stopped := make(chan int, 10)
	for i := 0; i < 10; i++ {
		go func() {
			started <- i
			<-done // all wait on the same close
			stopped <- i
		}()
	}
	for i := 0; i < 10; i++ {
		<-started
	}
	close(done)
	var ids []int
	for i := 0; i < 10; i++ {
		ids = append(ids, <-stopped)
	}
	sort.Ints(ids)
	fmt.Println("stopped:", ids)

	// A generator that stops when asked.
	quit := make(chan struct{})
	nums := make(chan int)
	finished := make(chan bool)
	go func() {
		defer close(finished)
		for i := 0; ; i++ {
			select {
			case nums <- i:
			case <-quit:
				fmt.Println("generator quits")
				return
			}
		}
	}()
	for i := 0; i < 5; i++ {
		fmt.Println("n", <-nums)
	}
	close(quit)
	<-finished
	_, ok := <-finished
	fmt.Println("finished closed:", !ok)

	// sync.Once guards a close called from many goroutines.
	var once sync.Once
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { close(stop) })
		}()
	}
	wg.Wait()
	<-stop
	fmt.Println("closed exactly once")

	// A context-like cancel: workers check done between steps.
	cancel := make(chan struct{})
	var progress sync.WaitGroup
	counts := make([]int, 4)
	for w := 0; w < 4; w++ {
		progress.Add(1)
		go func() {
			defer progress.Done()
			for {
				select {
				case <-cancel:
					return
				default:
				}
				counts[w]++
				if counts[w] == 1000 {
					return
				}
			}
		}()
	}
	progress.Wait()
	close(cancel)
	fmt.Println("counts:", counts)
}
