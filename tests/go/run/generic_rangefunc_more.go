package main

import (
	"fmt"
	"sync"
)

type Seq[V any] func(yield func(V) bool)

func Count[T ~int](n T) Seq[T] {
	return func(yield func(T) bool) {
		for i := T(0); i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func times(n int) func(func() bool) {
	return func(yield func() bool) {
		for i := 0; i < n; i++ {
			if !yield() {
				return
			}
		}
	}
}

func Find[T comparable](s Seq[T], x T) (int, T, bool) {
	i := 0
	for v := range s {
		if v == x {
			return i, v, true
		}
		i++
	}
	var z T
	return -1, z, false
}

func Nested[T ~int](n T) (T, T) {
	for i := range Count(n) {
		for j := range Count(n) {
			if i*j == 6 {
				return i, j
			}
		}
	}
	return -1, -1
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for v := range Count(10) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += v
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(sum)
	n := 0
	for range times(4) {
		n++
	}
	fmt.Println(n)
	fmt.Println(Find(Count(20), 7))
	fmt.Println(Nested(5))
	i := 0
	for v := range Count(100) {
		if v%2 == 0 {
			continue
		}
		i++
		if i == 3 {
			goto done
		}
	}
done:
	fmt.Println("i", i)
}
