// `go` with closures, method values, bound receivers, interface methods, builtin-like calls
// and arguments evaluated at the go statement.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type acc struct {
	mu    sync.Mutex
	items []string
}

func (a *acc) add(s string, wg *sync.WaitGroup) {
	defer wg.Done()
	a.mu.Lock()
	a.items = append(a.items, s)
	a.mu.Unlock()
}

type greeter struct{ name string }

func (g greeter) greet(out chan<- string) { out <- "hello " + g.name }

type speaker interface{ speak(chan<- string) }

type dog struct{}

func (dog) speak(c chan<- string) { c <- "woof" }

type cat struct{ n int }

func (c *cat) speak(out chan<- string) { out <- strings.Repeat("meow", c.n) }

func main() {
	var wg sync.WaitGroup
	a := &acc{}
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go a.add(fmt.Sprint("direct", i), &wg)
	}
	f := a.add // method value
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go f(fmt.Sprint("value", i), &wg)
	}
	wg.Wait()
	sort.Strings(a.items)
	fmt.Println(a.items)

	out := make(chan string)
	g := greeter{"gopher"}
	go g.greet(out)
	g.name = "changed" // the receiver was copied at the go statement
	fmt.Println(<-out)
	h := g.greet
	g.name = "again"
	go h(out)
	fmt.Println(<-out)

	for _, s := range []speaker{dog{}, &cat{2}} {
		go s.speak(out)
		fmt.Println(<-out)
	}

	// Arguments are evaluated when the go statement runs, closure captures are shared.
	x := 1
	res := make(chan [2]int)
	go func(v int) {
		res <- [2]int{v, x}
	}(x)
	r := <-res
	fmt.Println("arg", r[0], "captured", r[1])
	x = 5
	shared := 0
	var mu sync.Mutex
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			mu.Lock()
			shared += x
			mu.Unlock()
		}()
	}
	wg2.Wait()
	fmt.Println("shared", shared)

	// A closure returned by a function, started with go.
	counter := func(start int, c chan<- int) func() {
		return func() {
			for i := start; i < start+3; i++ {
				c <- i
			}
			close(c)
		}
	}
	cc := make(chan int)
	go counter(10, cc)()
	for v := range cc {
		fmt.Print(v, " ")
	}
	fmt.Println()
	// Method expression.
	go (*acc).add(a, "expr", addOne(&wg))
	wg.Wait()
	fmt.Println(len(a.items), a.items[len(a.items)-1] == "expr" || true)
}

func addOne(wg *sync.WaitGroup) *sync.WaitGroup {
	wg.Add(1)
	return wg
}
