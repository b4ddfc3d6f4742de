package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

type Hasher[K any] func(K) uint32

type Sharded[K comparable, V any] struct {
	shards []shard[K, V]
	hash   Hasher[K]
	ops    atomic.Int64
}

type shard[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func NewSharded[K comparable, V any](n int, h Hasher[K]) *Sharded[K, V] {
	s := &Sharded[K, V]{shards: make([]shard[K, V], n), hash: h}
	for i := range s.shards {
		s.shards[i].m = make(map[K]V)
	}
	return s
}

func (s *Sharded[K, V]) shard(k K) *shard[K, V] {
	return &s.shards[s.hash(k)%uint32(len(s.shards))]
}

func (s *Sharded[K, V]) Update(k K, f func(V, bool) V) {
	s.ops.Add(1)
	sh := s.shard(k)
	sh.mu.Lock()
	defer sh.mu.Unlock()
	old, ok := sh.m[k]
	sh.m[k] = f(old, ok)
}

func (s *Sharded[K, V]) Get(k K) (V, bool) {
	s.ops.Add(1)
	sh := s.shard(k)
	sh.mu.RLock()
	defer sh.mu.RUnlock()
	v, ok := sh.m[k]
	return v, ok
}

func (s *Sharded[K, V]) Len() int {
	n := 0
	for i := range s.shards {
		s.shards[i].mu.RLock()
		n += len(s.shards[i].m)
		s.shards[i].mu.RUnlock()
	}
	return n
}

func Keys[K comparable, V any](s *Sharded[K, V], less func(a, b K) bool) []K {
	var out []K
	for i := range s.shards {
		for k := range s.shards[i].m {
			out = append(out, k)
		}
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i], out[j]) })
	return out
}

func strHash(s string) uint32 {
	h := uint32(2166136261) // FNV-1a
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func FanIn[T any](srcs ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range srcs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func Produce[T any](n int, f func(int) T) <-chan T {
	c := make(chan T, 8)
	go func() {
		defer close(c)
		for i := 0; i < n; i++ {
			c <- f(i)
		}
	}()
	return c
}

type event struct {
	user string
	amt  int
}

func main() {
	counts := NewSharded[string, int](8, strHash)
	var wg sync.WaitGroup
	for g := 0; g < 16; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 500; i++ {
				k := fmt.Sprintf("key%02d", (g*7+i)%40)
				counts.Update(k, func(v int, ok bool) int { return v + 1 })
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, k := range Keys(counts, func(a, b string) bool { return a < b }) {
		v, _ := counts.Get(k)
		total += v
	}
	fmt.Println(counts.Len(), total, counts.ops.Load())
	v, ok := counts.Get("key00")
	fmt.Println(v, ok)

	ledger := NewSharded[int, []event](4, func(k int) uint32 { return uint32(k) })
	evs := FanIn(
		Produce(300, func(i int) event { return event{fmt.Sprint("u", i%5), i} }),
		Produce(300, func(i int) event { return event{fmt.Sprint("u", i%3), -i} }),
		Produce(100, func(i int) event { return event{"admin", 1} }),
	)
	n := 0
	for e := range evs {
		n++
		ledger.Update(len(e.user), func(v []event, ok bool) []event { return append(v, e) })
	}
	sums := map[string]int{}
	for _, k := range Keys(ledger, func(a, b int) bool { return a < b }) {
		es, _ := ledger.Get(k)
		for _, e := range es {
			sums[e.user] += e.amt
		}
	}
	fmt.Println(n, ledger.Len(), sums)
	fmt.Printf("%T\n", ledger)
}
