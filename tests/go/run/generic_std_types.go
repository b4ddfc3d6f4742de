package main

import (
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"
)

type Config struct {
	Name    string
	Version int
}

type Registry[T any] struct {
	cur atomic.Pointer[T]
	n   atomic.Int64
}

func (r *Registry[T]) Swap(v *T) *T { r.n.Add(1); return r.cur.Swap(v) }
func (r *Registry[T]) Load() *T     { return r.cur.Load() }

func Lazy[T any](f func() T) func() T { return sync.OnceValue(f) }

func main() {
	var p atomic.Pointer[Config]
	fmt.Println(p.Load() == nil)
	p.Store(&Config{"a", 1})
	old := p.Swap(&Config{"b", 2})
	fmt.Println(old.Name, p.Load().Name)
	fmt.Println(p.CompareAndSwap(old, &Config{"c", 3}), p.Load().Version)
	cur := p.Load()
	fmt.Println(p.CompareAndSwap(cur, &Config{"d", 4}), p.Load().Name)
	fmt.Printf("%T\n", &p)

	var r Registry[[]string]
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := []string{strconv.Itoa(i)}
			r.Swap(&v)
		}()
	}
	wg.Wait()
	fmt.Println(r.n.Load(), len(*r.Load()))

	calls := 0
	get := Lazy(func() map[string]int { calls++; return map[string]int{"x": 1} })
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(1)
		go func() { defer wg2.Done(); _ = get()["x"] }()
	}
	wg2.Wait()
	fmt.Println(get(), calls)

	pair := sync.OnceValues(func() (int, error) { return strconv.Atoi("42") })
	v, err := pair()
	fmt.Println(v, err)
	bad := sync.OnceValues(func() (float64, error) { return strconv.ParseFloat("x", 64) })
	f, err := bad()
	fmt.Println(f, err)
	_, err2 := bad()
	fmt.Println(err == err2)
}
