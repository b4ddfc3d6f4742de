package main

import (
	"fmt"
	"sort"
)

type Middleware func(Handler) Handler
type Handler func(string) string

func chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

func tag(t string) Middleware {
	return func(next Handler) Handler {
		return func(s string) string { return "<" + t + ">" + next(s) + "</" + t + ">" }
	}
}

func memo(f func(int) int) func(int) int {
	cache := map[int]int{}
	return func(n int) int {
		if v, ok := cache[n]; ok {
			return v
		}
		v := f(n)
		cache[n] = v
		return v
	}
}

type Account struct{ balance int }

func (a *Account) Deposit(n int) { a.balance += n }

func main() {
	h := chain(func(s string) string { return s }, tag("b"), tag("i"))
	fmt.Println(h("x"))
	var fib func(int) int
	calls := 0
	fib = memo(func(n int) int {
		calls++
		if n < 2 {
			return n
		}
		return fib(n-1) + fib(n-2)
	})
	f80 := fib(80)
	fmt.Println(f80, calls)
	acc := &Account{}
	dep := acc.Deposit
	for i := 1; i <= 10; i++ {
		dep(i)
	}
	fmt.Println(acc.balance)
	byLen := func(ss []string) func(i, j int) bool {
		return func(i, j int) bool { return len(ss[i]) < len(ss[j]) }
	}
	words := []string{"ccc", "a", "bb"}
	sort.Slice(words, byLen(words))
	fmt.Println(words)
	x := 0
	incs := []func(){}
	for i := 0; i < 3; i++ {
		incs = append(incs, func() { x += i })
	}
	for _, f := range incs {
		f()
	}
	fmt.Println(x)
	gen := func(start int) (func() int, func() int) {
		v := start
		return func() int { v++; return v }, func() int { v--; return v }
	}
	up, down := gen(10)
	fmt.Println(up(), up(), down(), up())
}
