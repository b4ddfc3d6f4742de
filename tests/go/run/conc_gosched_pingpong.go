// With GOMAXPROCS(1), runtime.Gosched hands the only P to the other runnable goroutine, so
// two goroutines that yield after each step interleave strictly. Which one goes first is
// up to the scheduler (Go itself varies), so the program checks the alternation and prints
// facts about it. Steps are recorded in memory: a write to stdout is a system call, during
// which Go may hand the P over.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type step struct {
	who string
	i   int
}

// round runs one ping-pong of n steps each and reports whether the log alternated strictly.
func round(n int) (alternating, paired bool, lines []string) {
	var log []step
	var mu sync.Mutex // uncontended on one P; keeps the log whole whatever happens
	done := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			mu.Lock()
			log = append(log, step{"goroutine", i})
			mu.Unlock()
			runtime.Gosched()
		}
		done <- true
	}()
	for i := 0; i < n; i++ {
		mu.Lock()
		log = append(log, step{"main", i})
		mu.Unlock()
		runtime.Gosched()
	}
	<-done
	alternating = true
	for k := 1; k < len(log); k++ {
		if log[k].who == log[k-1].who {
			alternating = false
		}
	}
	// Each pair of neighbours (0,1), (2,3), ... holds both goroutines at the same step.
	paired = true
	for k := 0; k+1 < len(log); k += 2 {
		if log[k].i != log[k+1].i {
			paired = false
		}
	}
	for _, s := range log {
		lines = append(lines, fmt.Sprint(s.who, " ", s.i))
	}
	sort.Strings(lines)
	return
}

func main() {
	runtime.GOMAXPROCS(1)
	alternating, paired, lines := round(5)
	fmt.Println(strings.Join(lines, ", "))
	// Go's scheduler takes from the global queue first on every 61st schedule, which now
	// and then lets one goroutine run twice in a row: count rounds instead of demanding all.
	good := 0
	for r := 0; r < 20; r++ {
		if alternating && paired {
			good++
		}
		alternating, paired, _ = round(5)
	}
	fmt.Println("rounds alternating strictly: at least 15 of 20:", good >= 15)
	fmt.Println("previous GOMAXPROCS:", runtime.GOMAXPROCS(2))
	fmt.Println("now:", runtime.GOMAXPROCS(0))
}
