// sync.RWMutex: many readers at once, writers exclusive; a cache read by 20 goroutines while 4
// writers update it. Every read sees a consistent snapshot (the two fields always agree).
package main

import (
	"fmt"
	"sync"
)

type cache struct {
	mu      sync.RWMutex
	version int
	square  int
	reads   int
}

func (c *cache) get() (int, int) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.version, c.square
}

func (c *cache) set(v int) {
	c.mu.Lock()
	c.version = v
	c.square = v * v
	c.mu.Unlock()
}

func main() {
	c := &cache{}
	var wg sync.WaitGroup
	var bad, reads sync.Mutex
	inconsistent := 0
	totalReads := 0
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				v, sq := c.get()
				if v*v != sq {
					bad.Lock()
					inconsistent++
					bad.Unlock()
				}
			}
			reads.Lock()
			totalReads += 500
			reads.Unlock()
		}()
	}
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 250; i++ {
				c.set(w*1000 + i)
			}
		}()
	}
	wg.Wait()
	v, sq := c.get()
	fmt.Println("reads:", totalReads, "inconsistent:", inconsistent, "final consistent:", v*v == sq)

	// Readers hold the lock together: all 5 get in before any leaves.
	var rw sync.RWMutex
	inside := make(chan int, 5)
	leave := make(chan struct{})
	var all sync.WaitGroup
	for i := 0; i < 5; i++ {
		all.Add(1)
		go func() {
			defer all.Done()
			rw.RLock()
			inside <- i
			<-leave
			rw.RUnlock()
		}()
	}
	sum := 0
	for i := 0; i < 5; i++ {
		sum += <-inside
	}
	fmt.Println("5 readers inside at once, ids sum", sum)
	fmt.Println("writer TryLock while readers hold it:", rw.TryLock())
	close(leave)
	all.Wait()
	fmt.Println("writer TryLock after they leave:", rw.TryLock())
	rw.Unlock()
	// RLocker adapts the read side to a Locker.
	l := rw.RLocker()
	l.Lock()
	fmt.Println("TryRLock alongside an RLocker reader:", rw.TryRLock())
	rw.RUnlock()
	l.Unlock()
}
