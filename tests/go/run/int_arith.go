package main

import "fmt"

func collatz(n uint64) (steps int, peak uint64) {
	peak = n
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		peak = max(peak, n)
		steps++
	}
	return
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func powmod(b, e, m uint64) uint64 {
	r := uint64(1)
	b %= m
	for e > 0 {
		if e&1 == 1 {
			r = r * b % m
		}
		b = b * b % m
		e >>= 1
	}
	return r
}

func fnv(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func main() {
	fmt.Println(collatz(27))
	fmt.Println(collatz(837799))
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	fmt.Println(powmod(2, 62, 1000000007), powmod(3, 1000000, 998244353))
	fmt.Println(fnv(""), fnv("a"), fnv("hello world"))
	var x int32 = 1
	for i := 0; i < 40; i++ {
		x = x*3 + 1
	}
	fmt.Println(x)
	var u uint16 = 1
	for i := 0; i < 20; i++ {
		u = u*7 + 3
	}
	fmt.Println(u)
	a, b := -17, 5
	fmt.Println(a/b, a%b, a>>1, uint(a)>>60, -a/b)
	var i8 int8 = -128
	fmt.Println(i8/-1, -i8, i8*i8, i8-1)
	var ui uint = 0
	fmt.Println(ui-1 == ^uint(0))
	n := 12345
	rev := 0
	for n > 0 {
		rev = rev*10 + n%10
		n /= 10
	}
	fmt.Println(rev)
	sh := 65
	fmt.Println(1<<(sh%64), int64(-1)>>sh, uint32(1)<<sh)
}
