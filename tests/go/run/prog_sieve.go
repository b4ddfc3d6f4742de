package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factor(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func main() {
	ps := sieve(100000)
	fmt.Println(len(ps), ps[:15], ps[len(ps)-1])
	sum := 0
	for _, p := range ps {
		sum += p
	}
	fmt.Println("sum", sum)
	gaps := map[int]int{}
	for i := 1; i < len(ps); i++ {
		gaps[ps[i]-ps[i-1]]++
	}
	fmt.Println("gap2", gaps[2], "gap4", gaps[4], "maxgapcount", len(gaps))
	fmt.Println(factor(360), factor(97), factor(1<<20*3*3*7))
	twin := 0
	for i := 1; i < len(ps); i++ {
		if ps[i]-ps[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twins", twin)
}
