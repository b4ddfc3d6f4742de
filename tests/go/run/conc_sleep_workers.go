// Short sleeps in several goroutines while main blocks on a channel: a goroutine asleep in
// time.Sleep is waiting for a timer, not deadlocked, however briefly it sleeps and however
// many sleep at once.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	for _, workers := range []int{1, 4, 16} {
		jobs := make(chan int)
		results := make(chan int)
		var wg sync.WaitGroup
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for j := range jobs {
					time.Sleep(time.Millisecond)
					results <- j * j
				}
			}()
		}
		go func() {
			for j := 1; j <= 40; j++ {
				jobs <- j
			}
			close(jobs)
		}()
		go func() {
			wg.Wait()
			close(results)
		}()
		sum := 0
		for r := range results {
			sum += r
		}
		fmt.Println(workers, "workers: sum", sum)
	}
	// Everyone asleep at once, main included.
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(time.Duration(i%5) * time.Millisecond)
		}()
	}
	time.Sleep(time.Millisecond)
	wg.Wait()
	fmt.Println("all 50 sleepers woke")
}
