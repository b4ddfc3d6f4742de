package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type byKey[T any] struct {
	xs  []T
	key func(T) int
}

func (b byKey[T]) Len() int           { return len(b.xs) }
func (b byKey[T]) Less(i, j int) bool { return b.key(b.xs[i]) < b.key(b.xs[j]) }
func (b byKey[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

func SortBy[T any](xs []T, key func(T) int) {
	sort.Stable(byKey[T]{xs, key})
}

func SortSlice[T Ordered](xs []T) []T {
	out := append([]T(nil), xs...)
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func MaxBy[T any, K Ordered](xs []T, key func(T) K) T {
	best := xs[0]
	for _, x := range xs[1:] {
		if key(x) > key(best) {
			best = x
		}
	}
	return best
}

type Cache[K comparable, V any] struct {
	mu   sync.RWMutex
	data map[K]V
	once sync.Once
	hits int
}

func (c *Cache[K, V]) init() { c.once.Do(func() { c.data = map[K]V{} }) }

func (c *Cache[K, V]) Get(k K, load func(K) V) V {
	c.init()
	c.mu.RLock()
	v, ok := c.data[k]
	c.mu.RUnlock()
	if ok {
		c.mu.Lock()
		c.hits++
		c.mu.Unlock()
		return v
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		return v
	}
	v = load(k)
	c.data[k] = v
	return v
}

type Pool[T any] struct {
	p sync.Pool
}

func NewPool[T any](mk func() T) *Pool[T] {
	return &Pool[T]{p: sync.Pool{New: func() any { return mk() }}}
}

func (p *Pool[T]) Get() T  { return p.p.Get().(T) }
func (p *Pool[T]) Put(x T) { p.p.Put(x) }

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

type person struct {
	name string
	age  int
}

func main() {
	ps := []person{{"ann", 30}, {"bob", 25}, {"cy", 30}, {"dee", 20}}
	SortBy(ps, func(p person) int { return p.age })
	fmt.Println(ps)
	words := strings.Fields("pear fig banana kiwi apple")
	SortBy(words, func(s string) int { return len(s) })
	fmt.Println(words)

	fmt.Println(SortSlice([]int{5, 2, 8, 1}), SortSlice([]string{"b", "a"}), SortSlice([]float64{2.5, -1}))
	fmt.Println(MaxBy(ps, func(p person) string { return p.name }))
	fmt.Println(MaxBy(words, func(s string) int { return len(s) }))

	var c Cache[string, int]
	var wg sync.WaitGroup
	loads := 0
	var lmu sync.Mutex
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				c.Get(fmt.Sprint(i%5), func(k string) int {
					lmu.Lock()
					loads++
					lmu.Unlock()
					return len(k) * 10
				})
			}
		}()
	}
	wg.Wait()
	v3 := c.Get("3", nil)
	fmt.Println(loads, c.hits, len(c.data), v3)

	pool := NewPool(func() *strings.Builder { return new(strings.Builder) })
	b := pool.Get()
	b.WriteString("pooled")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)
	fmt.Printf("%T\n", pool)

	var once sync.Once
	get := sync.OnceValue(func() []int { return []int{1, 2, 3} })
	once.Do(func() { fmt.Println("once", get()) })
	once.Do(func() { fmt.Println("twice") })
}
