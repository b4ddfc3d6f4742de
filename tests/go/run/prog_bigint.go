package main

import (
	"fmt"
	"strings"
)

// Nat is a natural number in base 10^9, least significant limb first.
type Nat []uint32

const base = 1000000000

func FromInt(n uint64) Nat {
	var z Nat
	for n > 0 {
		z = append(z, uint32(n%base))
		n /= base
	}
	return z
}

func (x Nat) Add(y Nat) Nat {
	if len(x) < len(y) {
		x, y = y, x
	}
	z := make(Nat, 0, len(x)+1)
	var carry uint64
	for i := range x {
		s := uint64(x[i]) + carry
		if i < len(y) {
			s += uint64(y[i])
		}
		z = append(z, uint32(s%base))
		carry = s / base
	}
	if carry > 0 {
		z = append(z, uint32(carry))
	}
	return z
}

func (x Nat) MulSmall(k uint32) Nat {
	z := make(Nat, 0, len(x)+1)
	var carry uint64
	for _, d := range x {
		p := uint64(d)*uint64(k) + carry
		z = append(z, uint32(p%base))
		carry = p / base
	}
	for carry > 0 {
		z = append(z, uint32(carry%base))
		carry /= base
	}
	return z
}

func (x Nat) Mul(y Nat) Nat {
	acc := make([]uint64, len(x)+len(y)+1)
	for i, a := range x {
		var carry uint64
		for j, b := range y {
			t := acc[i+j] + uint64(a)*uint64(b) + carry
			acc[i+j] = t % base
			carry = t / base
		}
		k := i + len(y)
		for carry > 0 {
			t := acc[k] + carry
			acc[k] = t % base
			carry = t / base
			k++
		}
	}
	z := make(Nat, len(acc))
	for i, v := range acc {
		z[i] = uint32(v)
	}
	for len(z) > 0 && z[len(z)-1] == 0 {
		z = z[:len(z)-1]
	}
	return z
}

func (x Nat) String() string {
	if len(x) == 0 {
		return "0"
	}
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d", x[len(x)-1])
	for i := len(x) - 2; i >= 0; i-- {
		fmt.Fprintf(&sb, "%09d", x[i])
	}
	return sb.String()
}

func main() {
	f := FromInt(1)
	for i := uint32(2); i <= 100; i++ {
		f = f.MulSmall(i)
	}
	s := f.String()
	fmt.Println("100! has", len(s), "digits:", s[:20]+"..."+s[len(s)-30:])
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 300; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(300) =", a)
	two := FromInt(2)
	p := FromInt(1)
	for i := 0; i < 256; i++ {
		p = p.Mul(two)
	}
	fmt.Println("2^256 =", p)
	sq := FromInt(123456789012345).Mul(FromInt(987654321098765))
	fmt.Println(sq, FromInt(0), FromInt(0).Add(FromInt(5)))
	digits := 0
	for _, c := range s {
		digits += int(c - '0')
	}
	fmt.Println("digit sum of 100!:", digits)
}
