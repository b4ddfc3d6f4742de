package main

import (
	"fmt"
	"sort"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func MapChan[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U, 2)
	go func() {
		defer close(out)
		for x := range in {
			out <- f(x)
		}
	}()
	return out
}

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan T) {
			defer wg.Done()
			for x := range c {
				out <- x
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for x := range in {
		out = append(out, x)
	}
	return out
}

type Result[T any] struct {
	Index int
	Val   T
	Err   error
}

func WorkerPool[In, Out any](n int, jobs []In, f func(In) (Out, error)) []Result[Out] {
	type job struct {
		i  int
		in In
	}
	jc := make(chan job)
	rc := make(chan Result[Out], len(jobs))
	var wg sync.WaitGroup
	for w := 0; w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jc {
				v, err := f(j.in)
				rc <- Result[Out]{j.i, v, err}
			}
		}()
	}
	for i, in := range jobs {
		jc <- job{i, in}
	}
	close(jc)
	wg.Wait()
	close(rc)
	res := make([]Result[Out], len(jobs))
	for r := range rc {
		res[r.Index] = r
	}
	return res
}

type SafeMap[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Update(k K, f func(V) V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.m == nil {
		s.m = make(map[K]V)
	}
	s.m[k] = f(s.m[k])
}

func (s *SafeMap[K, V]) Snapshot() map[K]V {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[K]V, len(s.m))
	for k, v := range s.m {
		out[k] = v
	}
	return out
}

func Parallel[T any](n int, f func(int) T) []T {
	out := make([]T, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = f(i)
		}()
	}
	wg.Wait()
	return out
}

func main() {
	sq := MapChan(Generate(1, 2, 3, 4), func(i int) int { return i * i })
	fmt.Println(Collect(sq))

	strs := Collect(MapChan(Generate("a", "bb", "ccc"), func(s string) string { return s + "!" }))
	fmt.Println(strs)

	merged := Collect(Merge(Generate(1, 3, 5), Generate(2, 4), Generate(10)))
	sort.Ints(merged)
	fmt.Println(merged, len(merged))

	fm := Collect(Merge(MapChan(Generate(1.5, 2.5), func(f float64) float64 { return f * 2 })))
	sort.Float64s(fm)
	fmt.Println(fm)

	res := WorkerPool(3, []int{5, 0, 7, 2, 0, 9}, func(d int) (float64, error) {
		if d == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return 100 / float64(d), nil
	})
	for _, r := range res {
		fmt.Printf("%d %.3f %v\n", r.Index, r.Val, r.Err)
	}
	fmt.Printf("%T\n", res)

	words := WorkerPool(2, []string{"go", "burrow", "vm"}, func(s string) (int, error) { return len(s), nil })
	fmt.Printf("%+v\n", words)

	var sm SafeMap[string, int]
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				sm.Update(fmt.Sprint("k", (g+i)%3), func(v int) int { return v + 1 })
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(sm.Snapshot())

	var sl SafeMap[int, []string]
	Parallel(4, func(i int) struct{} {
		sl.Update(i%2, func(v []string) []string { return append(v, "x") })
		return struct{}{}
	})
	snap := sl.Snapshot()
	fmt.Println(len(snap[0]), len(snap[1]))

	sqs := Parallel(10, func(i int) int { return i * i })
	fmt.Println(sqs)
	names := Parallel(3, func(i int) string { return fmt.Sprintf("w%d", i) })
	fmt.Println(names)

	done := make(chan Result[string])
	go func() { done <- Result[string]{Val: "from goroutine"} }()
	r := <-done
	fmt.Printf("%+v\n", r)

	sel := make(chan Result[int], 1)
	select {
	case sel <- Result[int]{Index: 1}:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case v, ok := <-sel:
		fmt.Println(v, ok)
	default:
	}
}
