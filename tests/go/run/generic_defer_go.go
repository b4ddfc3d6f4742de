package main

import (
	"errors"
	"fmt"
	"sync"
)

type Log[T any] struct {
	mu      sync.Mutex
	entries []T
}

func (l *Log[T]) Add(x T) {
	l.mu.Lock()
	l.entries = append(l.entries, x)
	l.mu.Unlock()
}

func (l *Log[T]) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.entries)
}

func Safe[T any](f func() T) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return f(), nil
}

func WithDefer[T any](l *Log[T], xs ...T) {
	for _, x := range xs {
		defer l.Add(x)
	}
	l.Add(xs[0])
}

func Spawn[T any](wg *sync.WaitGroup, l *Log[T], x T) {
	defer wg.Done()
	l.Add(x)
}

func Recv[T any](c <-chan T) T { return <-c }

func Send[T any](c chan<- T, x T) { c <- x }

type ErrOf[T any] struct{ Val T }

func (e ErrOf[T]) Error() string { return fmt.Sprintf("bad value %v (%T)", e.Val, e.Val) }

func Check[T comparable](x, bad T) error {
	if x == bad {
		return ErrOf[T]{x}
	}
	return nil
}

type T struct{ name string }

// The type parameter T shadows the package-level type T inside Shadow.
func Shadow[T any](x T) string { return fmt.Sprintf("%T", x) }

func UseGlobalT[U any](u U) T { return T{fmt.Sprint(u)} }

func main() {
	var l Log[string]
	WithDefer(&l, "a", "b", "c")
	fmt.Println(l.entries)

	var wg sync.WaitGroup
	var li Log[int]
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go Spawn(&wg, &li, i)
	}
	wg.Wait()
	sum := 0
	for _, x := range li.entries {
		sum += x
	}
	fmt.Println(li.Len(), sum)

	var lf Log[float64]
	var wg2 sync.WaitGroup
	wg2.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			defer wg2.Done()
			lf.Add(float64(i) / 2)
		}()
	}
	wg2.Wait()
	fmt.Println(lf.Len())

	v, err := Safe(func() int { return 42 })
	fmt.Println(v, err)
	v, err = Safe(func() int {
		var m map[string]int
		m["x"] = 1
		return 1
	})
	fmt.Println(v, err)
	s, err := Safe(func() string { panic("boom") })
	fmt.Printf("%q %v\n", s, err)
	xs, err := Safe(func() []int { return []int{1, 2}[1:5:6] })
	fmt.Println(xs, err)
	p, err := Safe(func() *T { return nil })
	fmt.Println(p, err)

	c := make(chan int, 1)
	go Send(c, 7)
	fmt.Println(Recv(c))
	cs := make(chan ErrOf[string])
	go Send(cs, ErrOf[string]{"via chan"})
	fmt.Println(Recv(cs))

	err = Check(3, 3)
	fmt.Println(err)
	var target ErrOf[int]
	ok := errors.As(err, &target)
	fmt.Println(ok, target.Val)
	var wrong ErrOf[string]
	fmt.Println(errors.As(err, &wrong))
	wrapped := fmt.Errorf("context: %w", Check("x", "x"))
	ok = errors.As(wrapped, &wrong)
	fmt.Println(wrapped, ok, wrong.Val)
	fmt.Println(Check(1.5, 2.5) == nil)

	fmt.Println(Shadow(1), Shadow(T{"g"}), Shadow[any](nil), UseGlobalT(5).name)
}
